# Deeply nested data built iteratively: printing it hits the repr recursion limit.
x = []
for _ in range(100):
    x = [x]
print(str(x)[:20])
deep = []
for _ in range(100000):
    deep = [deep]
try:
    repr(deep)
except RecursionError as e:
    print("RecursionError:", e)
deep = None
print("freed")
