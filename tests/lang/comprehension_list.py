# List comprehensions with conditions and nested loops.
print([x * 2 for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(i, j) for i in range(3) for j in range(i, 3)])
print([[j for j in range(i)] for i in range(4)])
words = ["a", "bb", "ccc", "dd"]
print([len(w) for w in words if len(w) > 1])
print([c for w in words for c in w])
print([x if x % 2 else -x for x in range(6)])
