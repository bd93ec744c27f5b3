# Implicit chaining: an exception raised while handling another.
def cleanup():
    raise OSError("disk gone")

try:
    {}["missing"]
except KeyError:
    cleanup()
