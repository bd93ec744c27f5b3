# return inside try runs finally; a return in finally overrides the first return.
def f():
    try:
        return "from try"
    finally:
        print("finally runs")

print(f())

def g():
    try:
        return 1
    finally:
        return 2

print(g())

def h(x):
    for i in range(3):
        try:
            if i == x:
                return i
        finally:
            print("cleanup", i)
    return None

print(h(1))
print(h(7))

def swallow():
    try:
        1 / 0
    finally:
        return "swallowed"

print(swallow())
