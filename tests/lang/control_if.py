# if / elif / else chains and truthiness of common values.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"

print([classify(n) for n in (-5, 0, 3, 99)])
for v in (0, 1, "", "a", [], [0], (), {}, {1: 2}, None, 0.0, -0.0, 2.5):
    if v:
        print(repr(v), "is truthy")
    else:
        print(repr(v), "is falsy")
