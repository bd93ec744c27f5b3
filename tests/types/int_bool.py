# bool is an int subclass with its own repr.
print(True, False, repr(True), str(False))
print(True == 1, False == 0, True == 1 == 1.0)
print(type(True), isinstance(True, int), isinstance(1, bool))
print(True + 1, True * 10, -True, ~True, True // 1, True / 2)
print(bool(0), bool(1), bool(-3), bool(""), bool("0"), bool([]), bool(None))
print(int(True), float(False))
print(True & False, True | False, True ^ True)
print(sum([True, True, False, True]))
