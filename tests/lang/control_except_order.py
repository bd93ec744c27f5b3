# The first matching except clause wins; a bare except catches everything.
def probe(thunk):
    try:
        thunk()
    except ZeroDivisionError:
        return "zero"
    except ArithmeticError:
        return "arith"
    except Exception as e:
        return "other " + type(e).__name__
    return "none"

print(probe(lambda: 1 / 0))
print(probe(lambda: 2.0 ** 10000))
print(probe(lambda: int("x")))
print(probe(lambda: 1))

try:
    undefined_name
except:
    print("bare except caught it")
