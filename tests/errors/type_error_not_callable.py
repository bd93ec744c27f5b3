# Calling something that is not callable.
for thing in (1, "s", [1], None):
    try:
        thing()
    except TypeError as e:
        print("caught:", e)
handlers = {"a": 1}
handlers["a"]("event")
