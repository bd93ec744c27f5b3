# After a RecursionError is caught deep down, the stack unwinds fully and works again.
def deep(n):
    try:
        return deep(n + 1)
    except RecursionError:
        return n
d = deep(0)
print(d > 900)
def again(n):
    return n if n == 0 else again(n - 1)
print(again(500))
