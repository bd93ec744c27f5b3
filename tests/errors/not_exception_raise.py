# Raising something that is not an exception.
try:
    raise 42
except TypeError as e:
    print("caught:", e)
try:
    raise ValueError from 5
except TypeError as e:
    print("caught:", e)
raise "a string"
