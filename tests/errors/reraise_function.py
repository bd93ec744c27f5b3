# Re-raising the caught exception object adds the current frame to its traceback.
def inner():
    raise ValueError("deep problem")

def middle():
    try:
        inner()
    except ValueError as e:
        err = e
    raise err

def outer():
    middle()

outer()
