# Relative imports inside a package resolve against the importing module's __package__.
import sys
from pkgs import other
print(other.summary)
from pkgs.inner import deep
print(deep.level())
print(deep.__package__, other.__package__)
# The importer's __package__ wins over its __name__.
from pkgs import sub
print(sub.where(), sub.__package__)
# __import__ with explicit globals and a level.
m = __import__("sub", {"__package__": "pkgs"}, None, ["where"], 1)
print(m is sub)
m = __import__("", {"__name__": "pkgs.inner.deep"}, None, ["INNER"], 1)
print(m.__name__, m.INNER)
m = __import__("inner.deep", {"__name__": "pkgs", "__path__": []}, None, None, 1)
print(m.__name__)
m = __import__("", {"__name__": "pkgs.inner.deep"}, None, ["sub"], 2)
print(m.__name__, m.sub is sub)
for g in [{"__package__": 3}, {"__name__": 3}, {}, {"__package__": ""}, {"__name__": "top"}]:
    try:
        __import__("x", g, None, None, 1)
    except Exception as e:
        print(type(e).__name__, e)
try:
    __import__("x", None, None, None, 1)
except Exception as e:
    print(type(e).__name__, e)
try:
    __import__("x", {}, None, None, -1)
except Exception as e:
    print(type(e).__name__, e)
try:
    __import__("")
except Exception as e:
    print(type(e).__name__, e)
