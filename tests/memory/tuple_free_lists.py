# Tuple free lists (CPython 3.11: sizes 1..20, 2000 each): a dead tuple's block is kept for
# the next tuple of the same length, not handed to another object of its size class.
import sys

a, b, c = "a", "b", "c"

# A dead 2-tuple's block waits for the next 2-tuple; a list (same 64-byte class) does not get it.
t = (a, b)
tid = id(t)
del t
lst = []
print("list reuses the tuple's block:", id(lst) == tid)
u = (b, a)
print("next 2-tuple reuses it:", id(u) == tid)
del u, lst

# Last in, first out, per length.
t1 = (a,)
t2 = (b,)
id1, id2 = id(t1), id(t2)
del t1
del t2
n1 = (c,)
n2 = (a,)
print("LIFO:", id(n1) == id2, id(n2) == id1)
del n1, n2

# Another length never takes the block.
p = (a, b, c)
pid = id(p)
del p
q = (a, b)
print("2-tuple takes a 3-tuple's block:", id(q) == pid)
r = (c, b, a)
print("3-tuple takes it:", id(r) == pid)
del q, r

# The items are released when the tuple goes on the list.
x = object()
before = sys.getrefcount(x)
t = (x, x, x)
print("refs while alive:", sys.getrefcount(x) - before)
del t
print("refs after death:", sys.getrefcount(x) - before)

# Reused tuples behave as new ones.
def pairs(n):
    out = []
    for i in range(n):
        pair = (i, i * i)
        out.append(pair[0] + pair[1])
    return out

print(pairs(6))
print([(i,) * 3 for i in range(3)])
print(tuple(range(5)), tuple("xyz"), (1, 2) + (3,), (1,) * 4)
print(hash((1, 2)) == hash((1, 2)), (1, 2) == (1, 2), len((1, 2, 3)))

# Errors on tuples still raise what CPython raises.
try:
    (1, 2)[5]
except Exception as e:
    print(type(e).__name__, e)
try:
    (1, 2)[0] = 3
except Exception as e:
    print(type(e).__name__, e)
try:
    (1,) + [2]
except Exception as e:
    print(type(e).__name__, e)
