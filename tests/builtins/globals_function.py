# globals() in a function is the dict of the module that defined the function.
import sys
sys.path.append(sys.path[0] + "/mods")
import small

counter = 0


def bump():
    globals()["counter"] += 1
    return globals()["counter"]


print(bump(), bump(), counter)


def define(name, value):
    globals()[name] = value


define("dynamic", [1, 2])
print(dynamic)
# A function from another module sees that module's globals.
print(small.names_here())
print(small.f.__globals__ is vars(small), small.f.__globals__ is globals())


def outer():
    def inner():
        return globals()
    return inner()


print(outer() is globals())
# Global declarations and globals() agree.


def set_global():
    global later
    later = "set"
    return "later" in globals()


print("later" in globals(), set_global(), later)
print(sorted([k for k in globals() if k[:1] != "_"]))
