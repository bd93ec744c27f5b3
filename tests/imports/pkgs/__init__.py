# The package `pkgs`: its code runs once, before any of its submodules.
print("pkgs: __init__ runs, __name__ =", __name__, "__package__ =", __package__)
VERSION = (1, 2)
from . import sub
