# A module for dir() and vars() to look at.
X = 1
_y = 2


def f():
    return "f"


def names_here():
    return sorted(globals()) == dir() and sorted(globals())[-3:]
