# bool finds int's methods and attributes; results are ints, not bools
for b in [True, False]:
    print(b.bit_length(), b.bit_count(), b.conjugate(), b.as_integer_ratio())
    print(b.real, b.imag, b.numerator, b.denominator)
    print(type(b.real).__name__, type(b.conjugate()).__name__, type(b.numerator).__name__)
print(True.real is True, True.conjugate() == True)
print(int.bit_length(True), bool.bit_length(True))
print(True.bit_length.__name__)
try:
    True.bit_length(3)
except TypeError as e:
    print("TypeError", e)
try:
    True.fromhex("1")
except AttributeError as e:
    print("AttributeError", e)
try:
    True.nothing
except AttributeError as e:
    print("AttributeError", e)
print(sum([b.real for b in [True, True, False]]))
