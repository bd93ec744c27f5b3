# Names resolve local, then global, then builtins; a global can shadow a builtin.
print(len([1, 2, 3]))

def len(x):
    return "shadowed"

print(len([1, 2, 3]))
del len
print(len([1, 2, 3]))

def f():
    return max(3, 9, 4)

print(f())
max = min
print(f())
del max
print(f())
