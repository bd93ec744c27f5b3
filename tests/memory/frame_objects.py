# Frame objects: a traceback kept after its handler holds the ended frames' locals (and
# only those) until it is dropped; tb_frame, f_code, f_lineno, f_globals.
import sys
def inner(v):
    local = [v]
    raise ValueError("x")
def outer(v):
    w = v
    inner(v)
data = []
print(sys.getrefcount(data))
saved = None
try:
    outer(data)
except ValueError as e:
    saved = e.__traceback__
print(sys.getrefcount(data))
tb = saved
while tb is not None:
    f = tb.tb_frame
    print(type(f).__name__, f.f_code.co_name, tb.tb_lineno, f.f_globals["data"] is data)
    tb = tb.tb_next
del tb, f
print(sys.getrefcount(data))
saved = None
print(sys.getrefcount(data))
def catcher(v):
    x = v
    try:
        inner(v)
    except ValueError as err:
        return err
kept = catcher(data)
print(sys.getrefcount(data))
kept = None
print(sys.getrefcount(data))
def no_error(v):
    y = v
    return len(y)
no_error(data)
print(sys.getrefcount(data))
