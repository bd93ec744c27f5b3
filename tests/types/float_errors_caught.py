# Float errors raised by operations, caught and printed.
for thunk in (lambda: 1.0 / 0, lambda: 1.0 // 0.0, lambda: 5.0 % 0, lambda: 0.0 ** -1,
              lambda: 10.0 ** 400, lambda: float("abc"), lambda: int(float("inf")),
              lambda: int(float("nan")), lambda: divmod(1.0, 0.0)):
    try:
        print(thunk())
    except Exception as e:
        print(type(e).__name__ + ":", e)
