# `from m import *` without `__all__`: every name not starting with `_`.
import sys
sys.path.append(sys.path[0] + "/mods")

before = set(globals())
from m_under import *
print(sorted(set(globals()) - before - {"before"}))
print(public, also_public, helper())
for name in ["_private", "__dunder", "public"]:
    try:
        print(name, globals()[name])
    except KeyError as e:
        print("not bound:", e)
print(__name__)

# Star-import binds in the module namespace: it can replace existing names.
public = "mine"
from m_under import *
print(public)

# Star-import of a package without __all__: its public attributes, including
# submodules already imported into it.
from pkgs import *
print(sorted([n for n in ["VERSION", "sub", "inner"] if n in globals()]))
print(VERSION, sub.TITLE)
