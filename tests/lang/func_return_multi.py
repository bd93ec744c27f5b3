# Returning several values returns a tuple; unpacking takes it apart.
def divmod2(a, b):
    return a // b, a % b

q, r = divmod2(17, 5)
print(q, r)
print(divmod2(-17, 5))

def swap(a, b):
    return b, a

x, y = swap(1, 2)
print(x, y)

def nested():
    return (1, (2, 3)), [4, 5]

(a, (b, c)), [d, e] = nested()
print(a, b, c, d, e)
