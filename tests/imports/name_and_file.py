# __name__, __file__, __package__, __path__ of the main script, modules and packages
# (the suite shows paths under this folder relative to it: they do not depend on where
# the tests live).
import sys
sys.path.append(sys.path[0] + "/mods")
print(__name__, __package__, __spec__, __doc__)
print(__file__)
import m_basic, pkgs, pkgs.inner.deep
for m in [m_basic, pkgs, pkgs.sub, pkgs.inner, pkgs.inner.deep]:
    print(m.__name__, repr(m.__package__), m.__file__, m.__doc__)
    print("  ", hasattr(m, "__path__"), m.__cached__)
print(pkgs.inner.__path__)
print(sys.__name__, hasattr(sys, "__file__"))
import builtins
print(builtins.__name__, repr(builtins)[:30])
print(repr(sys))
