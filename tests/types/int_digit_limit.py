# CPython's 4300-digit limit on int/str conversion (default sys.int_info setting).
import sys
big = 10 ** 4299
print(len(str(big)))
try:
    str(10 ** 4300)
except ValueError as e:
    print("ValueError:", e)
try:
    int("1" * 4301)
except ValueError as e:
    print("ValueError:", e)
print(int("1" * 4300) % 1000)
print(len(repr(2 ** 14000 >> 10000)))
print(sys.get_int_max_str_digits())
