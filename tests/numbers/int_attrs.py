# int data attributes real, imag, numerator, denominator and conjugate()
for n in [0, 7, -7, 2 ** 70, -(3 ** 50)]:
    print(n.real, n.imag, n.numerator, n.denominator, n.conjugate())
    print(type(n.real).__name__, type(n.imag).__name__, n.real == n, n.conjugate() is n)
x = 42
print(x.real is x, x.numerator is x)
print((5).real + (5).imag * 10, (9).denominator * 3)
print([i.numerator for i in range(3)], [i.denominator for i in range(3)])
# attributes are not callable, and unknown names still raise AttributeError
for bad in [lambda: (5).real(), lambda: (5).foo, lambda: (5).real.foo,
            lambda: (5).conjugate(1), lambda: (1.5).numerator, lambda: (1.5).denominator]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(hasattr(3, "real"), hasattr(3, "imag"), hasattr(3, "nope"), hasattr(3.0, "numerator"))
print(getattr(10, "denominator"), getattr(10, "numerator", None), getattr(10, "missing", "dflt"))
try:
    (5).real = 3
except AttributeError as e:
    print("AttributeError")
