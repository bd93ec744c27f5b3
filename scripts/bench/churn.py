# Dict and list churn: inserts, lookups, deletes, appends and pops.
def churn(n):
    d = {}
    lst = []
    hits = 0
    for i in range(n):
        key = i % 1000
        d[key] = d.get(key, 0) + i
        lst.append(i)
        if len(lst) > 100:
            hits += lst.pop() + lst.pop(0)
        if i % 3 == 0 and key in d:
            del d[key]
        t = (key, i)
        if t in d:
            hits += 1
    return hits + len(d) + len(lst)

import sys
print(churn(int(sys.argv[1]) if len(sys.argv) > 1 else 1500000))
