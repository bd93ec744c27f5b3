# vars(): the locals without an argument, an object's __dict__ with one.
import sys
sys.path.append(sys.path[0] + "/mods")
import small

print(vars() is globals())
d = vars(small)
print(type(d).__name__, d is small.__dict__, sorted([k for k in d if k[:1] != "_"]))
print(d["X"], d["_y"], d["__name__"])
d["added"] = "via vars"
print(small.added)


def f(a):
    b = [a]
    return vars(), sorted(vars()), vars() is locals()


print(f(3))
print(vars(sys) is sys.__dict__, vars(sys)["path"] is sys.path)
print(list(map(vars, [small, sys]))[0] is d)
print(sorted(vars(__import__("builtins")))[:3])
