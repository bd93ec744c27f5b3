# sys.tracebacklimit = 2: the two newest entries only.
import sys
sys.tracebacklimit = 2
def f(n):
    if n == 0:
        1/0
    f(n - 1)
f(5)
