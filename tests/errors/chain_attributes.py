# __cause__, __context__ and __suppress_context__ seen from Python.
try:
    try:
        raise KeyError("k")
    except KeyError as inner:
        raise ValueError("v") from inner
except ValueError as e:
    print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
try:
    try:
        raise KeyError("k")
    except KeyError:
        raise ValueError("implicit")
except ValueError as e:
    print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
try:
    raise ValueError("none") from None
except ValueError as e:
    print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
raise SystemError("end") from KeyError("cause")
