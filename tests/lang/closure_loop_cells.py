# Each call makes new cells; cells survive the frame that created them.
def make_pair():
    value = 0
    def get():
        return value
    def set_(v):
        nonlocal value
        value = v
    return get, set_

g1, s1 = make_pair()
g2, s2 = make_pair()
s1(10)
s2(20)
print(g1(), g2())
s1(g2() + 1)
print(g1(), g2())
def counter_list(n):
    fs = []
    for i in range(n):
        def make(j):
            return lambda: j * j
        fs.append(make(i))
    return [f() for f in fs]
print(counter_list(5))
