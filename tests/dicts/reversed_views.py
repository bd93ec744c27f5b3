# reversed() of a dict and of its keys, values and items views: reverse insertion order,
# after deletions and re-insertions too; empty views; sets are still not reversible.
d = {"a": 1, "b": 2, "c": 3}
print(list(reversed(d)))
print(list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
del d["a"]
d["a"] = 4
d["z"] = 0
print(list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
print(list(reversed({}.keys())), list(reversed({}.items())))
it = reversed(d.items())
print(next(it), next(it))
for bad in ({1, 2}, frozenset([3]), 5):
    try:
        reversed(bad)
    except TypeError as e:
        print("TypeError:", e)
