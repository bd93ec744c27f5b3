# Dicts keep insertion order; keys hash by value (1 and 1.0 and True are one key).
d = {"b": 1, "a": 2}
d["c"] = 3
d["b"] = 10
print(d, len(d))
print(d["a"], d.get("z"), d.get("z", "default"), d.get("c", 0))
print("a" in d, "z" in d, "z" not in d)
del d["b"]
d["b"] = 1
print(d)
k = {1: "int"}
k[1.0] = "float"
k[True] = "bool"
print(k)
print(dict(), dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"q": 0}))
print({1: 2} == {1: 2}, {1: 2, 3: 4} == {3: 4, 1: 2}, {1: 2} != {1: 3})
print(list(d), sorted(d))
