# The expression of an except clause itself fails.
try:
    raise ValueError("original")
except undefined_exception_type:
    print("unreachable")
