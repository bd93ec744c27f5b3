# argument errors of every list method: counts, keywords, types, in CPython's wording per convention
l = [3, 1, 2]
calls = [
    ("append", (), {}), ("append", (1, 2), {}), ("append", (), {"x": 1}),
    ("extend", (), {}), ("extend", (1,), {}), ("extend", ([1], [2]), {}), ("extend", (), {"iterable": []}),
    ("insert", (), {}), ("insert", (0,), {}), ("insert", (0, 1, 2), {}), ("insert", ("0", 1), {}),
    ("insert", (0,), {"object": 1}),
    ("pop", (0, 1), {}), ("pop", ("0",), {}), ("pop", (1.0,), {}), ("pop", (), {"index": 0}),
    ("pop", (2 ** 64,), {}), ("pop", (-2 ** 64,), {}), ("pop", (10,), {}), ("pop", (-10,), {}),
    ("remove", (), {}), ("remove", (1, 2), {}), ("remove", (), {"value": 1}), ("remove", (10,), {}),
    ("index", (), {}), ("index", (1, 2, 3, 4), {}), ("index", (1, "a"), {}), ("index", (1, 0, "b"), {}),
    ("index", (), {"value": 1}), ("index", (10,), {}),
    ("count", (), {}), ("count", (1, 2), {}), ("count", (), {"value": 1}),
    ("sort", (1,), {}), ("sort", (), {"key": 1}), ("sort", (), {"reverse": "r"}), ("sort", (), {"bad": 1}),
    ("sort", (None, None, None), {}), ("sort", (), {"key": None, "reverse": 1, "x": 2}),
    ("reverse", (1,), {}), ("reverse", (), {"x": 1}),
    ("copy", (1,), {}), ("copy", (), {"x": 1}),
    ("clear", (1,), {}), ("clear", (), {"x": 1}),
]
for name, args, kw in calls:
    m = getattr(l, name)
    try:
        r = m(*args, **kw)
        print(name, "ok", r, l)
    except Exception as e:
        print(name, type(e).__name__, e)
print(l)
for name in ["append", "extend", "insert", "pop", "remove", "index", "count", "sort", "reverse", "copy", "clear"]:
    print(name, getattr(list, name))
print(tuple.index, tuple.count)
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: l.nosuch)
t(lambda: (1,).append)
t(lambda: (1,).sort())
t(lambda: [].pop())
t(lambda: [].pop(0))
t(lambda: [1].pop(-1))
