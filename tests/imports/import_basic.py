# `import m` runs the module's file once and binds the module object.
import sys
sys.path.append(sys.path[0] + "/mods")

import m_basic
print(type(m_basic).__name__, m_basic.__name__)
print(m_basic.ANSWER, m_basic.NAMES, m_basic.double(21))
print(m_basic.uses_global())
# A module's functions keep its globals, not the importer's.
ANSWER = "main's"
print(m_basic.uses_global(), ANSWER)
# Attributes can be set and read back, and show in the module's dict.
m_basic.extra = [1, 2]
print(m_basic.extra, "extra" in m_basic.__dict__)
m_basic.ANSWER = 100
print(m_basic.uses_global())
del m_basic.extra
print(hasattr(m_basic, "extra"))
try:
    m_basic.nothing
except AttributeError as e:
    print(type(e).__name__, e)
# Importing again gives the same object and runs nothing.
import m_basic as again
print(again is m_basic, again.ANSWER)
# Several modules in one statement, and an import inside a function binds a local.
import m_all, m_under
print(m_all.alpha, m_under.public)


def f():
    import m_basic
    return m_basic.double(5), "m_basic" in dir()


print(f())
print(repr(m_basic)[:25])
print(sorted([k for k in vars(m_basic) if k[:2] != "__"]))
