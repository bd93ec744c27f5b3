# Set operators and membership (printed sorted where order is hash-dependent).
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(a <= b, {3} <= b, {3, 4} < b, b >= {5}, a == {4, 3, 2, 1})
print(3 in a, 7 in a, len(a), len(set()))
print(set(), set([1, 1, 2]) == {1, 2}, sorted(set("hello")))
print({1, 2, 3})
print(frozenset(), frozenset([1]) == {1})
c = {0}
c |= {1, 2}
c -= {0}
print(sorted(c))
print({1.0, 1, True}, len({(1, 2), (1, 2)}))
