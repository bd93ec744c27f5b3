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
