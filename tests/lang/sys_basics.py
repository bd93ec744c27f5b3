# The sys attributes a script commonly reads: argv, modules, platform, maxsize, byteorder.
import sys
print(sys.platform, sys.byteorder, sys.maxsize)
print(sys.argv, type(sys.argv).__name__, len(sys.argv))
print("sys" in sys.modules, "builtins" in sys.modules, "__main__" in sys.modules)
print(sys.modules["sys"] is sys, __name__, __builtins__ is sys.modules["builtins"])
print(sys.getrecursionlimit(), sys.version_info[:2], sys.version_info >= (3, 11))
