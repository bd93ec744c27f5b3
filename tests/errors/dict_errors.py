# KeyError reprs for various key types, and errors from dict construction.
d = {}
for key in (0, "s", (1, "t"), None, 1.5, frozenset(), ("",)):
    try:
        d[key]
    except KeyError as e:
        print(repr(e), "|", e)
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print("ValueError:", e)
try:
    dict([1])
except TypeError as e:
    print("TypeError:", e)
try:
    del d["missing"]
except KeyError as e:
    print("del:", repr(e))
print(d.get("missing"), d.get("missing", 0))
d[(1, 2)]
