# An exception raised in finally while another propagates gets it as context.
def f():
    try:
        raise ValueError("first")
    finally:
        raise TypeError("second")

f()
