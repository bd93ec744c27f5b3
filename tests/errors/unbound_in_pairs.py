# UnboundLocalError raised by the second of two adjacent local loads/stores: the error and
# its traceback name the right variable and point at it (the VM runs such pairs as one
# superinstruction).
def load_load(flag):
    if flag:
        y = 1
    return flag + y

def load_const(flag):
    if flag:
        z = 2
    return z + 1

def store_load(flag):
    if flag:
        w = 3
    v = flag
    return w

for f in (load_load, load_const, store_load):
    print(f.__name__, f(1))
    try:
        f(0)
    except UnboundLocalError as e:
        print(f.__name__, "UnboundLocalError:", e)

def chain(a, b, c):
    return a + b + c, a * b * c

print(chain(1, 2, 3))

def swap(a, b):
    a, b = b, a
    return a, b

print(swap("x", "y"))

def loop(n):
    total = 0
    for i in range(n):
        j = i
        total = total + j
    return total

print(loop(10))
load_load(0)
