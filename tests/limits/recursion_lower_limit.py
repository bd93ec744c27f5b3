# A lowered limit raises RecursionError earlier; raising it again works.
import sys
sys.setrecursionlimit(60)
def count(n):
    return count(n + 1)
reached = 0
def probe(n):
    global reached
    reached = n
    probe(n + 1)
try:
    probe(0)
except RecursionError as e:
    print("caught at", reached, e)
sys.setrecursionlimit(1000)
reached = 0
try:
    probe(0)
except RecursionError:
    print("caught at", reached)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError:", e)
