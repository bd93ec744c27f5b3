# pass in every block kind; functions with docstrings only.
def f():
    "docstring only"

def g():
    pass

print(f(), g())
print(f.__doc__)
for _ in range(2):
    pass
while False:
    pass
if True:
    pass
try:
    pass
except Exception:
    pass
finally:
    pass
print("all passed")
