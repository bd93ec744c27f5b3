# A module's code runs once per interpreter, however and wherever it is imported.
import sys
sys.path.append(sys.path[0] + "/mods")
import counter
import counter
import counter as c2
from counter import bump
print(counter.bump(), c2.bump(), bump())
print(counter.count)


def f():
    import counter
    return counter.bump()


print(f(), f())
print(__import__("counter").count)
# Removing it from sys.modules makes the next import run the code again: a new module.
old = sys.modules["counter"]
del sys.modules["counter"]
import counter
print(counter is old, counter.count, old.count)
