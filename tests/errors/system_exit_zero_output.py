# sys.exit(0) after output: stdout is flushed, status 0.
import sys
for i in range(3):
    print("line", i)
sys.exit(0)
