# list.sort detaches the items: a key function sees [], and changing the list raises ValueError
l = [3, 1, 2]
seen = []
def peek(x):
    seen.append((x, len(l), list(l)))
    return x
l.sort(key=peek)
print(l, seen)
def grow(x):
    l.append(x * 10)
    return x
try:
    l.sort(key=grow)
except ValueError as e:
    print("ValueError", e)
print(l)
def grow_then_fail(x):
    l.append(0)
    return 1 / 0
try:
    l.sort(key=grow_then_fail)
except Exception as e:
    print(type(e).__name__, e)
print(l)
def insert_front(x):
    l.insert(0, "front")
    return -x
try:
    l.sort(key=insert_front, reverse=True)
except ValueError as e:
    print("ValueError", e)
print(l)
def extend_it(x):
    l.extend([x, x])
    return x
try:
    l.sort(key=extend_it)
except ValueError as e:
    print("ValueError", e)
print(l)
def inner_sort(x):
    l.sort()
    return x
l.sort(key=inner_sort)
print(l)
def clear_it(x):
    l.clear()
    return x
l.sort(key=clear_it)
print(l)
m = [5, 4]
def slice_it(x):
    m[:] = [1, 2, 3]
    return x
try:
    m.sort(key=slice_it)
except ValueError as e:
    print("ValueError", e)
print(m)
n = [2, 1]
def uses_len(x):
    return len(n) + x
n.sort(key=uses_len)
print(n)
s = [3, 2, 1]
print(sorted(s, key=lambda x: s.append(x) or x))
print(s)
