# Slices copy references: every element gains one per slice alive.
import sys
x = [1.5]
items = [x, x, x]
print(sys.getrefcount(x))
part = items[:2]
print(sys.getrefcount(x))
rev = items[::-1]
print(sys.getrefcount(x))
part = rev = None
print(sys.getrefcount(x))
t = tuple(items)
print(sys.getrefcount(x))
del t, items
print(sys.getrefcount(x))
