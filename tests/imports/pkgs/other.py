# Relative imports from a plain module of the package.
from . import sub
from .sub import TITLE as T
from .inner import deep
from . import VERSION
summary = (sub.where(), T, deep.level(), VERSION)
