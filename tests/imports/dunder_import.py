# __import__: the function behind the import statement.
import sys
sys.path.append(sys.path[0] + "/mods")
m = __import__("m_basic")
print(m.__name__, m is sys.modules["m_basic"])
# Without a fromlist a dotted name gives the top package; with one, the submodule.
top = __import__("pkgs.inner.deep")
print(top.__name__)
deep = __import__("pkgs.inner.deep", None, None, ["level"])
print(deep.__name__)
deep2 = __import__("pkgs.inner.deep", fromlist=["x"])
print(deep2 is deep)
print(__import__("pkgs", fromlist=["other"]).other.__name__)
print(__import__(name="m_all").alpha)
for args in [(), (1,), ("m_basic", None, None, None, "x")]:
    try:
        __import__(*args)
    except Exception as e:
        print(type(e).__name__, e)
try:
    __import__("m_basic", nope=1)
except Exception as e:
    print(type(e).__name__, e)
try:
    __import__("pkgs", fromlist=[1])
except Exception as e:
    print(type(e).__name__, e)
try:
    __import__("m_basic", fromlist=[1])
    print("plain module: fromlist not checked")
except Exception as e:
    print(type(e).__name__, e)
