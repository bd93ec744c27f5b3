# OverflowError where CPython raises it.
cases = [
    lambda: 2.0 ** 10000,
    lambda: float(2 ** 2000),
    lambda: 10 ** 400 / 7,
    lambda: int(float("inf")),
    lambda: [0] * (2 ** 70),
    lambda: "x" * (2 ** 70),
    lambda: range(2 ** 70)[2 ** 69:][0] + len(range(2 ** 70)),
    lambda: 1e308 * 10,
    lambda: round(1e308, -400),
    lambda: chr(2 ** 70),
]
for case in cases:
    try:
        print(case())
    except (OverflowError, MemoryError, ValueError) as e:
        print(type(e).__name__ + ":", e)
