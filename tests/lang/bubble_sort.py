# Sorting by hand: bubble sort and insertion sort on lists.
def bubble(a):
    a = a[:]
    n = len(a)
    for i in range(n):
        for j in range(n - 1 - i):
            if a[j] > a[j + 1]:
                a[j], a[j + 1] = a[j + 1], a[j]
    return a

def insertion(a):
    out = []
    for x in a:
        i = len(out)
        out.append(x)
        while i > 0 and out[i - 1] > x:
            out[i] = out[i - 1]
            i -= 1
        out[i] = x
    return out

data = [5, 2, 9, 1, 5, 6, -3, 0, 12, 7]
print(bubble(data))
print(insertion(data))
print(data)
print(bubble(["pear", "apple", "fig"]))
