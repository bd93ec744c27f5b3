# ZeroDivisionError raised three calls deep: one traceback entry per frame.
def average(values):
    return total(values) / len(values)

def total(values):
    s = 0
    for v in values:
        s += v
    return s

def report(values):
    print("average:", average(values))

report([1, 2, 3])
report([])
