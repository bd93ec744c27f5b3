# raise ... from a class, multi-argument exceptions, writes to sys.stderr, and sys.exit(-1) through finally.
import sys
try:
    raise ValueError from TypeError
except ValueError as e:
    print(repr(e.__cause__), e.__suppress_context__)
try:
    raise ValueError(1, "two", [3])
except ValueError as e:
    print(str(e), repr(e))
print("to stderr", file=sys.stderr)
sys.stdout.write("written\n")
sys.stderr.write("err written\n")
def cleanup():
    try:
        sys.exit(-1)
    finally:
        print("cleanup ran")
cleanup()
