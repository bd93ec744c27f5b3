# float methods on computed values, via the type, and as keys; hex round trips of many values
vals = [0.1 * i for i in range(-5, 6)] + [1 / 3, 2 / 3, 1e-5, 123456.789, 2.0 ** 60, -(2.0 ** -1060)]
for x in vals:
    n, d = x.as_integer_ratio()
    print(repr(x), x.hex(), float.fromhex(x.hex()) == x, x.is_integer(), n / d == x)
print(sorted(vals, key=float.hex)[:3])
print(list(map(float.is_integer, [1.0, 1.5, -0.0, 1e300])))
print(float.fromhex("0x1.8p1") + float.fromhex("-0x1p-2"), float.fromhex(" 0xAp0 "))
print((2.5).real + (2.5).imag, (-0.0).conjugate(), (1e308 * 10).is_integer())
h = (0.1).hex
print(h(), h.__name__, float.hex(0.1) == h())
print([float.fromhex(s) for s in ["0x0p0", "-0x0p0", "0x1p-1022", "0x0.0000000000001p-1022", "0x1.fffffffffffffp+1023"]])
for s in ["0x1p-1075", "0x1.8p-1074", "0x1.00000000000008p0", "0x1.000000000000081p0", "0x1.fffffffffffff8p0"]:
    print(s, float.fromhex(s))
for s in ["0x1p1024", "0x2p1023", "-0x1.fffffffffffff8p1023"]:
    try:
        print(float.fromhex(s))
    except OverflowError as e:
        print(s, "OverflowError", e)
