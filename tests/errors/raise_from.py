# Explicit chaining: raise ... from ... prints the cause first.
def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise RuntimeError("could not parse config") from e

print(parse("10"))
parse("ten")
