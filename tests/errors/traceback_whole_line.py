# When the failing expression is the whole statement, no markers are printed.
def boom():
    raise RuntimeError("boom")

boom()
