# sys.exit(256): the process status is 256 & 0xff, as C's exit() makes it.
import sys
print("x")
sys.exit(256)
