# Inside a function the unbound name raises UnboundLocalError.
def f():
    try:
        raise ValueError("x")
    except ValueError as err:
        print("handled", err)
    return err

f()
