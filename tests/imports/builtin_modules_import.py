# The built-in modules: sys and builtins are there before any import.
import sys
import builtins
print(sys is __import__("sys"), builtins is __builtins__)
print(builtins.len([1, 2]), builtins.print is print)
from builtins import len as length, max
print(length("abc"), max(3, 9))
from sys import modules, path
print(modules is sys.modules, path is sys.path)
print(type(sys.path).__name__, type(sys.path[0]).__name__)
print(sys.modules["builtins"] is builtins)
import sys as s, builtins as b
print(s is sys, b is builtins)
try:
    from sys import no_such_attribute
except ImportError as e:
    print(type(e).__name__, e)
print(__import__("builtins").abs(-3))
# math and time are built in: made on first import, then cached like any module.
import math
import math as m2
from math import pi, sqrt
print(math is m2, math is sys.modules["math"], pi == math.pi, sqrt(16.0))
# (python3's math is an extension module file here; its repr names that file.)
print(math.__name__, repr(time := __import__("time")))
import time
print(time is __import__("time"), type(time.time()).__name__)
del sys.modules["math"]
import math as fresh
print(fresh is math, fresh.pi == pi)
try:
    import math.sub
except ImportError as e:
    print(type(e).__name__, e)
try:
    from time import nope
except ImportError as e:
    print(type(e).__name__, e)
