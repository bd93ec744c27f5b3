# `import a as b`, `import a.b as c`, `from a import b as c`.
import sys
sys.path.append(sys.path[0] + "/mods")

import m_basic as mb
print(mb.__name__, mb.double(3))
print("m_basic" in globals(), "mb" in globals())

import pkgs.sub as s
print(s.__name__, s.where(), s.TITLE)
print("pkgs" in globals(), "s" in globals())

import pkgs.inner.deep as d
print(d.__name__, d.level()[0])

from m_basic import double as dbl, ANSWER as A
print(dbl(4), A)
from pkgs import sub as s2, VERSION as V
print(s2 is s, V)

import m_all as one, m_under as two
print(one.alpha, two.public)


def local_alias():
    import m_basic as local_m
    from pkgs.sub import where as w
    return local_m.ANSWER, w()


print(local_alias())
import sys as system
print(system is sys, system.modules["m_basic"] is mb)
