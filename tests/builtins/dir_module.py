# dir(module): the sorted names of the module's namespace.
import sys
sys.path.append(sys.path[0] + "/mods")
import small
print(dir(small))
small.zz = 1
small.AA = 2
print(dir(small))
del small.zz
print(dir(small) == sorted(vars(small)), "zz" in dir(small))
import pkgs_for_dir
print(dir(pkgs_for_dir))
print(dir(pkgs_for_dir.part))
print(dir(sys.modules["__main__"]) == dir())
print(type(dir(small)).__name__)
