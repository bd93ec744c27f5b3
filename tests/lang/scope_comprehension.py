# Comprehension variables do not leak into the enclosing scope.
x = "outer"
squares = [x * x for x in range(5)]
print(squares)
print(x)

def f():
    y = 10
    return [y + i for i in range(3)]

print(f())
total = 100
print([total + k for k in range(2)])
pairs = [(a, b) for a in range(3) for b in range(a)]
print(pairs)
