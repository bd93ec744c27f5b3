# Errors (and a few results) of builtins given bad arguments, each message checked against python3.
cases = [
    lambda: max([]), lambda: min((), default="empty"), lambda: max(1), lambda: sum(["a", "b"], ""),
    lambda: sum([[1], [2]]), lambda: pow(0, -1), lambda: pow(2, 0.5, 3), lambda: round(1.5, None),
    lambda: round("x"), lambda: divmod(1, "a"), lambda: abs(None), lambda: len(None),
    lambda: sorted([1, None]), lambda: chr(-1), lambda: ord("ab"), lambda: ord(""),
    lambda: int(None), lambda: float([]), lambda: float("1e500"), lambda: hash({}),
    lambda: isinstance(1, 2), lambda: repr(), lambda: range(1.5), lambda: range("a", 2),
    lambda: list(5), lambda: tuple(None), lambda: dict(1), lambda: set(1), lambda: [1][:"a"],
    lambda: max(1, 2, key=5), lambda: min([1, 2], default=0, key=abs), lambda: sorted([3, 1], reverse=None),
    lambda: 0 ** -1, lambda: 0.0 ** -1.5, lambda: (-8.0) ** 0.5 if False else 5 % 0.0,
    lambda: 10 ** 10 ** 10 if False else int("9" * 10, 1 + 1),
]
for i, case in enumerate(cases):
    try:
        print(i, repr(case()))
    except Exception as e:
        print(i, type(e).__name__ + ":", e)
