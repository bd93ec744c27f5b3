def f():
    x = (
