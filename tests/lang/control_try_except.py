# try/except/else/finally: which blocks run in which order.
def run(x):
    try:
        print("try", x)
        r = 10 // x
    except ZeroDivisionError:
        print("except")
        r = None
    else:
        print("else", r)
    finally:
        print("finally")
    return r

print(run(2))
print(run(0))

try:
    [][1]
except (KeyError, IndexError) as e:
    print("caught", type(e).__name__, e)

try:
    {}["k"]
except LookupError as e:
    print("caught via base class", type(e).__name__, e)
