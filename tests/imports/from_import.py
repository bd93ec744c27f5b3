# `from m import names` binds the attributes; a submodule is imported when named.
import sys
sys.path.append(sys.path[0] + "/mods")

from m_basic import ANSWER, double
print(ANSWER, double(8))
print("m_basic" in globals(), "m_basic" in sys.modules)

# The bound values are the module's objects at the time of the import.
from m_basic import NAMES
import m_basic
print(NAMES is m_basic.NAMES)
m_basic.ANSWER = 7
print(ANSWER, m_basic.ANSWER)

# A name that is a submodule of a package is imported as needed.
from pkgs import sub, VERSION
print(sub.__name__, VERSION)
from pkgs.inner import deep
print(deep.__name__, deep.level())
from pkgs.inner.deep import level
print(level is deep.level)

# Parenthesised lists and a trailing comma.
from m_under import (
    public,
    helper,
)
print(public, helper())

# A missing name.
try:
    from m_basic import nope
except ImportError as e:
    print(type(e).__name__, e)
try:
    from pkgs import not_there
except ImportError as e:
    print(type(e).__name__, e)
