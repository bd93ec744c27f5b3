# float.hex and the class method float.fromhex, round trips and errors
vals = [0.0, -0.0, 1.0, -1.0, 0.5, 0.1, 3.14159, 1e300, 5e-324, 2.2250738585072014e-308,
        1.7976931348623157e308, float("inf"), float("-inf"), float("nan")]
for x in vals:
    h = x.hex()
    print(repr(x), h, repr(float.fromhex(h)))
for s in ["0x1p0", "0X1.8P+1", "  -0x.8p-1  ", "1", "ff", "0x1.fffffffffffffp1023",
          "0x1p-1074", "0x1p-1075", "0x3p-1076", "inf", "-Infinity", "nan", "0x1.00000000000008p0",
          "0x1.00000000000018p0", "1.", ".1"]:
    print(repr(s), repr(float.fromhex(s)))
print((1.0).fromhex("0x10"), float.fromhex.__name__)
for bad in ["", "0x", "x1", "0x1p", "1e5x", "0x1.2.3", "0x1p5000"]:
    try:
        float.fromhex(bad)
    except (ValueError, OverflowError) as e:
        print(repr(bad), type(e).__name__, e)
for bad in [lambda: float.fromhex(1), lambda: float.fromhex(), lambda: float.fromhex("1", 2),
            lambda: float.fromhex(s="1"), lambda: (1.0).hex(1), lambda: float.hex(1)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
