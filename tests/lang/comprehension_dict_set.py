# Dict and set comprehensions.
squares = {x: x * x for x in range(6)}
print(squares)
print({x % 3 for x in range(10)})
src = {"a": 1, "b": 2, "c": 1}
inverted = {src[k]: k for k in src}
print(inverted)
print({(a, b): a * b for a in range(2) for b in range(3)})
print({s: len(s) for s in ["xx", "y", "zzz"] if len(s) != 1})
print(len({i // 2 for i in range(100)}))
