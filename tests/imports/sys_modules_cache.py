# sys.modules is the import cache: what is in it is what `import` gives.
import sys
sys.path.append(sys.path[0] + "/mods")
print(type(sys.modules).__name__, "sys" in sys.modules, "builtins" in sys.modules)
print(sys.modules["__main__"].__name__, sys.modules["sys"] is sys)
import m_basic
print(sys.modules["m_basic"] is m_basic)
# Any object may stand in for a module.
sys.modules["fake"] = [1, 2, 3]
import fake
print(fake)
try:
    from fake import nothing
except ImportError as e:
    print(type(e).__name__, e)
# None in sys.modules stops the import.
sys.modules["blocked"] = None
try:
    import blocked
except ImportError as e:
    print(type(e).__name__, e)
# A module object from one import can be registered under another name.
sys.modules["alias_mod"] = m_basic
import alias_mod
print(alias_mod is m_basic, alias_mod.__name__)
from alias_mod import ANSWER
print(ANSWER)
del sys.modules["m_basic"]
import m_basic as fresh
print(fresh is m_basic, fresh.__name__)
print("__main__" in sys.modules, sys.modules["__main__"].ANSWER)
