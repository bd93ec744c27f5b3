# float.is_integer and float.conjugate / real / imag
for x in [0.0, -0.0, 1.0, 1.5, -2.0, 1e300, 1e-300, 2.0 ** 52 + 0.5, 2.0 ** 53, 5e-324,
          float("inf"), float("-inf"), float("nan")]:
    print(repr(x), x.is_integer(), x.real, x.imag, x.conjugate())
x = 3.25
print(x.real is x, x.conjugate() is x, type(x.imag).__name__)
print(float.is_integer(4.0), float.conjugate(-1.5))
print([v.is_integer() for v in [0.1 * 10, 0.1 * 3, 1e16 + 1]])
for bad in [lambda: (1.5).is_integer(1), lambda: (1.5).conjugate(x=1),
            lambda: float.is_integer(1), lambda: (1.5).real(), lambda: (1.5).bogus]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
