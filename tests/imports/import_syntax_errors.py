# A module that does not compile: the importer gets its SyntaxError (with the module's
# file and line), and the module is not registered.
import sys
sys.path.append(sys.path[0] + "/mods")
for name in ["m_star_in_func", "m_syntax"]:
    try:
        __import__(name)
    except SyntaxError as e:
        print(type(e).__name__, e)
        print(e.msg, e.lineno, e.filename)
    print(name in sys.modules)
try:
    import m_star_in_func
except SyntaxError as e:
    print("again:", e.msg)
# `from m import *` at module level is fine, and binds in this module.
from m_basic import *
print(ANSWER, double(2))
