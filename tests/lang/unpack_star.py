# Starred targets collect the rest into a list.
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = range(5)
print(init, last)
a, *mid, b = "abcdef"
print(a, mid, b)
x, *y = (1,)
print(x, y)
head, *_, tail = [10, 20]
print(head, _, tail)
for p, *q in [(1, 2, 3), (4,)]:
    print(p, q)
print([*range(3), *"ab", *(9,)])
print((*[1, 2], 3))
print({*[1, 1, 2]})
print({**{"a": 1}, "b": 2, **{"a": 3}})
