# A caught exception's traceback keeps the raising frames (and their locals) alive until the
# handler ends.
import sys
def fail(x):
    y = x
    raise ValueError("with locals")

obj = []
print(sys.getrefcount(obj))
try:
    fail(obj)
except ValueError as e:
    print(sys.getrefcount(obj))
print(sys.getrefcount(obj))
