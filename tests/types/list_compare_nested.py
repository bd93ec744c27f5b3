# Comparisons of nested containers compare element by element.
print([1, [2, 3]] < [1, [2, 4]], [[1], [2]] == [[1], [2]])
print((1, (2, "a")) < (1, (2, "b")), [] < [0], () == ())
print([1, 2] != [1, 2.0], [float("nan")] == [float("nan")])
print(max([[1, 2], [1, 3], [0, 9]]), min([(2, "b"), (2, "a")]))
print(sorted([[3], [1, 2], [1], []]))
try:
    [1, "a"] < [1, 2]
except TypeError as e:
    print("TypeError:", e)
