# Comparing and hashing deeply nested containers raises RecursionError, not a crash.
a = []
b = []
for _ in range(5000):
    a = [a]
    b = [b]
try:
    print(a == b)
except RecursionError as e:
    print("RecursionError:", e)
t = ()
for _ in range(5000):
    t = (t,)
try:
    hash(t)
except RecursionError as e:
    print("RecursionError:", e)
shallow1 = [[[1]]]
shallow2 = [[[1]]]
print(shallow1 == shallow2)
a = b = t = None
print("done")
