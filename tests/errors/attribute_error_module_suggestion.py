# An uncaught AttributeError on a module: CPython suggests the closest name in dir(module).
import sys
print(len(sys.argv))
sys.argvv
