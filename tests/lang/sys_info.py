# sys's struct sequences and constants: version_info fields, float_info, int_info, hash_info, maxunicode.
import sys
print(sys.version_info.major, sys.version_info.minor, sys.maxunicode)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig)
print(sys.int_info.bits_per_digit, sys.int_info.default_max_str_digits)
print(sys.hash_info.modulus, sys.hash_info.width, sys.hash_info.inf)
