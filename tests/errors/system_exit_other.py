# SystemExit with a non-int, non-None code prints its str to stderr and exits with 1.
import sys
try:
    sys.exit(2)
except SystemExit as e:
    print("code", e.code, e.args)
try:
    raise SystemExit(1, 2)
except SystemExit as e:
    print("code", e.code)
print("exiting with a list")
sys.exit(["not", "an", "int"])
