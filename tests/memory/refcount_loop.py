# The loop variable and the iterated list each hold a reference.
import sys
item = [0]
items = [item, item]
print(sys.getrefcount(item))
for x in items:
    print(sys.getrefcount(item))
del x
print(sys.getrefcount(item))
del items
print(sys.getrefcount(item))
