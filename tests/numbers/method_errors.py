# argument errors of the int and float methods, bound and unbound
calls = [
    lambda: (1).bit_length(None),
    lambda: (1).bit_count(k=2),
    lambda: (1).as_integer_ratio(1, 2),
    lambda: (1).conjugate(x=1, y=2),
    lambda: int.conjugate(),
    lambda: int.conjugate("a"),
    lambda: int.bit_length(1, 2),
    lambda: (1.0).hex(None),
    lambda: (1.0).is_integer(1, 2),
    lambda: float.as_integer_ratio(),
    lambda: float.as_integer_ratio(1),
    lambda: float.conjugate(True),
    lambda: float.fromhex(None),
    lambda: float.fromhex(b=1),
    lambda: (1).hex(),
    lambda: (1.0).bit_length(),
    lambda: int.is_integer,
]
for c in calls:
    try:
        print(c())
    except Exception as e:
        print(type(e).__name__, e)
print(int.bit_length(5), float.hex(2.0), float.is_integer(2.0))
