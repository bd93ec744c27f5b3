# Simple statements.
pass
del a
del a, b
del (a, b), [c]
del a.b, a[0], a[1:2]
global g
global g1, g2
assert x
assert x, "message"
raise
raise ValueError
raise ValueError("x") from None
import os
import os.path
import os.path as p, sys
from os import path
from os import path as p, sep
from os import (path, sep,)
from . import x
from .. import y
from ...a.b import c
from .... import d
from . a import *
x = 1; y = 2;
print("hello")
print
