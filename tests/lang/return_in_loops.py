# return from inside nested loops and while/else.
def first_pair(limit):
    for a in range(limit):
        for b in range(limit):
            if a * b == 12:
                return a, b
    return None

def find_while(items, target):
    i = 0
    while i < len(items):
        if items[i] == target:
            return i
        i += 1
    else:
        return -1

print(first_pair(10), first_pair(3))
print(find_while([5, 6, 7], 7), find_while([5, 6, 7], 8))
