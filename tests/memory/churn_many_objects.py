# Many objects created and released: big lists, dicts and strings, rebuilt several times.
import sys
total = 0
for round_ in range(3):
    data = [i * 2 for i in range(200000)]
    index = {}
    for i in range(0, 200000, 7):
        index[i] = str(i)
    words = [index[k] for k in index if k % 3 == 0]
    total += len(data) + len(index) + len(words) + data[-1]
    del data
    index = None
print(total)
nested = [[j for j in range(i % 10)] for i in range(50000)]
print(sum([len(x) for x in nested]))
nested = None
floats = [i / 3 for i in range(100000)]
print(round(sum(floats), 3))
x = []
print(sys.getrefcount(x))
