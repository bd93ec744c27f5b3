# sys.tracebacklimit = 0: only the exception line is printed, no header.
import sys
sys.tracebacklimit = 0
def f():
    1/0
f()
