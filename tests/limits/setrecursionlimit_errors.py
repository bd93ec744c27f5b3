# sys.setrecursionlimit argument checks, and a limit set lower than the current depth.
import sys
for bad in (0, -5):
    try:
        sys.setrecursionlimit(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    sys.setrecursionlimit("100")
except TypeError as e:
    print("TypeError:", e)
def at_depth(n):
    if n:
        return at_depth(n - 1)
    try:
        sys.setrecursionlimit(10)
    except RecursionError as e:
        print("RecursionError:", e)
    return sys.getrecursionlimit()
print(at_depth(50))
