# sys.exc_info() inside and outside a handler, and in a function called from a handler.
import sys
print(sys.exc_info())
def current():
    return sys.exc_info()[0]
try:
    1 / 0
except ZeroDivisionError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None, current() is ZeroDivisionError)
print(sys.exc_info())
