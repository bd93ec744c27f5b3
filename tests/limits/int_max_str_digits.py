# sys.set_int_max_str_digits: lifting, raising and restoring the limit; an uncaught ValueError at the end.
import sys
sys.set_int_max_str_digits(0)
print(len(str(10 ** 5000)))
sys.set_int_max_str_digits(5000)
print(len(str(10 ** 4999)))
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print("ValueError:", e)
sys.set_int_max_str_digits(4300)
print(int("7" * 4300) % 10)
x = 10 ** 5000
print(f"{x % 1000}")
print(x)
