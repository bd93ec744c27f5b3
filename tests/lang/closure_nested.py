# Three levels of nesting: free variables pass through the middle function.
def a(x):
    def b(y):
        def c(z):
            return x + y + z
        return c
    return b

print(a(1)(2)(3))
print(a("x")("y")("z"))

def shared():
    v = []
    def push(item):
        v.append(item)
    def get():
        return v
    return push, get

push, get = shared()
push(1)
push(2)
print(get())
