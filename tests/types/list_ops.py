# List operators: +, *, indexing, slicing, comparison, membership, len.
a = [1, 2, 3]
b = [4, 5]
print(a + b, a * 2, [0] * 5, [] * 3, 2 * [None])
print(a[0], a[-1], a[1:], a[::-1], a[5:])
print(a == [1, 2, 3], a < [1, 2, 4], a < [1, 2], [1, [2]] == [1, [2]])
print(2 in a, 9 in a, len(a), len([]))
c = [[]] * 3
c[0].append("shared")
print(c)
print(list(range(4)), list("ab"), list((1, 2)))
print(min(a), max(a), sum(a), sum([[1], [2]], []))
