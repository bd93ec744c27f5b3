# Nested try/finally blocks run innermost first, during normal flow and during unwinding.
def f(fail):
    try:
        try:
            print("inner body")
            if fail:
                raise ValueError("x")
        finally:
            print("inner finally")
    except ValueError:
        print("handled")
    finally:
        print("outer finally")
    print("end of f")

f(False)
print("--")
f(True)
