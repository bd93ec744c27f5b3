# global lets a function rebind a module-level name.
counter = 0

def bump():
    global counter
    counter += 1

for _ in range(5):
    bump()
print(counter)

def make_new():
    global fresh
    fresh = "created inside a function"

make_new()
print(fresh)

x = "global x"
def reads():
    return x

def shadows():
    x = "local x"
    return x

print(reads(), shadows(), x)
