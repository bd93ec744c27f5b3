# Closures capture variables of the enclosing function, not their values.
def make_adder(n):
    def add(x):
        return x + n
    return add

add5 = make_adder(5)
add10 = make_adder(10)
print(add5(1), add10(1))

def counter():
    count = 0
    def get():
        return count
    count = 42
    return get

print(counter()())

def outer():
    fs = []
    for i in range(3):
        def f():
            return i
        fs.append(f)
    return fs

print([f() for f in outer()])
