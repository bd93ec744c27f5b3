# The import forms for the sys module: plain, aliased, from-import, inside a function.
import sys
import sys as system
from sys import getrecursionlimit, intern as do_intern
print(sys is system, getrecursionlimit(), do_intern("ab") == "ab")
def local_import():
    import sys as s2
    from sys import maxsize
    return s2 is sys, maxsize == 2 ** 63 - 1
print(local_import())
print(type(sys).__name__ if False else sys.argv)
try:
    from sys import no_such_name
except ImportError as e:
    print("ImportError:", e)
try:
    import no_such_module
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
