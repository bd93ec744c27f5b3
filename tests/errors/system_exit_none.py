# SystemExit with None (or no argument): status 0; finally blocks still run.
import sys
try:
    sys.exit()
finally:
    print("finally runs before exit")
