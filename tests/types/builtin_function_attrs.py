# Builtin functions have __name__ and __qualname__, and repr naming them.
for f in (len, print, sorted, isinstance, max):
    print(f.__name__, f.__qualname__, repr(f))
import sys
print(sys.getrefcount.__name__, sys.intern.__qualname__)
