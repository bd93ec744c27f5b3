# Plain functions: definition, call, return values, implicit None.
def add(a, b):
    return a + b

def nothing():
    pass

def early(x):
    if x > 0:
        return "positive"
    return "not positive"

print(add(2, 3))
print(add("ab", "cd"))
print(nothing())
print(early(5), early(-1))
f = add
print(f(10, 20))
print(add(add(1, 2), add(3, 4)))
