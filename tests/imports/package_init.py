# Importing a package runs its __init__.py once; the package has __path__ and __package__.
import pkgs
print(type(pkgs).__name__, pkgs.__name__, pkgs.__package__)
print(pkgs.VERSION, type(pkgs.__path__).__name__, len(pkgs.__path__))
print(pkgs.__path__, pkgs.__file__)
# __init__ imported `sub` relatively, so it is an attribute and registered.
import sys
print(pkgs.sub.TITLE, "pkgs.sub" in sys.modules, sys.modules["pkgs.sub"] is pkgs.sub)
# Importing the package again runs nothing.
import pkgs as p2
print(p2 is pkgs)
# `import pkgs.inner` runs pkgs.inner's __init__ and binds the top package.
import pkgs.inner
print(pkgs.inner.INNER, pkgs.inner.__package__, pkgs.inner.__name__)
print(pkgs.inner.parent_sub is pkgs.sub)
print(sorted([k for k in sys.modules if k[:4] == "pkgs"]))
# The dict of the package, in python3's order.
print([k for k in vars(pkgs)])
print(dir(pkgs))
