# Markers under a failing call that is part of an expression.
def fail(x):
    return x["missing"]

def caller():
    result = 1 + len(fail({"present": 1})) * 3
    return result

caller()
