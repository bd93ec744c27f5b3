# The errors of import, with python3's messages.
import sys
sys.path.append(sys.path[0] + "/mods")
for stmt in ["import nosuchmodule", "import nosuch.sub", "from nosuch import x",
             "import sys.nope", "import m_basic.nope", "from m_basic import nope",
             "from sys import nope", "from pkgs import nope"]:
    try:
        exec_it = None
        if stmt == "import nosuchmodule":
            import nosuchmodule
        elif stmt == "import nosuch.sub":
            import nosuch.sub
        elif stmt == "from nosuch import x":
            from nosuch import x
        elif stmt == "import sys.nope":
            import sys.nope
        elif stmt == "import m_basic.nope":
            import m_basic.nope
        elif stmt == "from m_basic import nope":
            from m_basic import nope
        elif stmt == "from sys import nope":
            from sys import nope
        else:
            from pkgs import nope
    except ImportError as e:
        print(stmt, "->", type(e).__name__, e)
print(issubclass(ModuleNotFoundError, ImportError))
# A module whose code raises is not kept in sys.modules; the error reaches the importer.
try:
    import m_raises
except ValueError as e:
    print(type(e).__name__, e)
print("m_raises" in sys.modules)
try:
    import m_raises
except ValueError as e:
    print("again:", e)
try:
    import m_attr_error
except AttributeError as e:
    print(type(e).__name__, e)
print("m_attr_error" in sys.modules, "m_basic" in sys.modules)
try:
    from pkgs import bad_name
except ImportError as e:
    print(type(e).__name__, e)
print("pkgs.bad_name" in sys.modules)
