# KeyError shows the repr of the missing key.
d = {"apple": 1, "pear": 2}
print(d["apple"])
try:
    d[("tuple", "key")]
except KeyError as e:
    print("caught:", e, repr(e))
print(d["banana"])
