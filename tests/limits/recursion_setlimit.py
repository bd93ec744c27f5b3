# sys.setrecursionlimit(100000) allows deep recursion.
import sys
sys.setrecursionlimit(100000)
print(sys.getrecursionlimit())
def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)
print(depth(50000))
def sum_to(n, acc):
    return acc if n == 0 else sum_to(n - 1, acc + n)
print(sum_to(90000, 0))
