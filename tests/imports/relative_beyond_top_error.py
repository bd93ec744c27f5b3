# A relative import that climbs above the top-level package, and one from a module that
# has no package.
import sys
try:
    import pkgs.inner.beyond
except ImportError as e:
    print(type(e).__name__, e)
print("pkgs.inner.beyond" in sys.modules, "pkgs.inner" in sys.modules)
try:
    import pkgs.inner.beyond4
except ImportError as e:
    print(type(e).__name__, e)
# __main__ has no parent package.
try:
    from . import anything
except ImportError as e:
    print(type(e).__name__, e)
try:
    from .. import anything
except ImportError as e:
    print(type(e).__name__, e)
try:
    from .sibling import thing
except ImportError as e:
    print(type(e).__name__, e)


def inside():
    from . import x


try:
    inside()
except ImportError as e:
    print(type(e).__name__, e)
# Uncaught: the traceback goes through the package's module.
import pkgs.inner.beyond
