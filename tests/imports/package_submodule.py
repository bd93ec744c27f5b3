# Submodules: `import a.b.c` imports each parent first and binds `a`; the submodule
# becomes an attribute of its parent.
import sys
import pkgs.inner.deep
print(pkgs.__name__, pkgs.inner.__name__, pkgs.inner.deep.__name__)
print(pkgs.inner.deep.level())
print(pkgs.inner.deep is sys.modules["pkgs.inner.deep"])
print(hasattr(pkgs, "other"), "pkgs.other" in sys.modules)
import pkgs.other
print(hasattr(pkgs, "other"), pkgs.other.summary)
# A submodule that is missing.
try:
    import pkgs.nope
except ImportError as e:
    print(type(e).__name__, e)
try:
    import pkgs.inner.nope.deeper
except ImportError as e:
    print(type(e).__name__, e)
# A plain module has no submodules.
try:
    import pkgs.sub.thing
except ImportError as e:
    print(type(e).__name__, e)
try:
    from pkgs.sub.thing import x
except ImportError as e:
    print(type(e).__name__, e)
# A submodule found through an attribute set by hand is still imported from its file.
print(sorted([k for k in sys.modules if k[:4] == "pkgs"]))
del pkgs.other
import pkgs.other
print(hasattr(pkgs, "other"))
from pkgs import other
print(other is sys.modules["pkgs.other"])
