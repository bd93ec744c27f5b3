# importing the built-in math and time modules in the forms the subset supports
import math
import time
import math as m
from math import sqrt as s, pi
from math import floor, ceil
from time import monotonic as mono
import sys
print(m is math, s is math.sqrt, pi == math.pi, floor(2.5), ceil(2.5), s(16))
print("math" in sys.modules, "time" in sys.modules, sys.modules["math"] is math, sys.modules["time"] is time)
print(type(mono()).__name__, "time" in sys.builtin_module_names)
def f():
    import math
    from math import gcd
    return math.factorial(5), gcd(12, 8)
print(f())
import math, time
print(math is m)
try:
    from math import nope
except ImportError as e:
    print("ImportError", str(e)[:32])
try:
    import math.nope
except ImportError as e:
    print(type(e).__name__, e)
try:
    from time import sleepy
except ImportError as e:
    print("ImportError", e)
math.mine = 1
import math
print(math.mine, m.mine)
del sys.modules["math"]
import math as fresh
print(fresh is m, hasattr(fresh, "mine"), fresh.sqrt(9))
