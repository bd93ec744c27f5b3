# `from m import *` with `__all__`: exactly those names, private ones included.
import sys
sys.path.append(sys.path[0] + "/mods")

before = set(globals())
from m_all import *
print(sorted(set(globals()) - before - {"before"}))
print(alpha, _hidden, gamma())
try:
    beta
except NameError as e:
    print(type(e).__name__, e)

# `__all__` of a package may name submodules: they are imported.
from pkgs.starpkg import *
print(sub.__name__, other_name)

# A name in `__all__` that does not exist.
try:
    from m_missing_all import *
except AttributeError as e:
    print(type(e).__name__, e)
print(present)

# A non-str entry in `__all__`.
try:
    from m_badall import *
except TypeError as e:
    print(type(e).__name__, e)
print(ok)
