# finally overriding return with continue, try/else with its own handler, nested try in loops with else and finally, return value computed before finally rebinds.
def f():
    for i in range(3):
        try:
            return i
        finally:
            continue
    return "end"
print(f())
def g():
    try:
        pass
    except ValueError:
        print("no")
    else:
        try:
            raise KeyError("in else")
        except KeyError as e:
            return "else handled " + str(e)
    finally:
        print("g finally")
print(g())
def h():
    results = []
    for i in range(3):
        try:
            try:
                if i == 1:
                    raise ValueError(i)
            finally:
                results.append(("inner", i))
        except ValueError:
            results.append(("caught", i))
            continue
        else:
            results.append(("else", i))
        finally:
            results.append(("outer", i))
    else:
        results.append("loop else")
    return results
print(h())
def k():
    x = 0
    while True:
        try:
            x += 1
            if x < 3:
                continue
            return x
        finally:
            if x == 3:
                x = 100
print(k())
def nested_returns():
    try:
        try:
            return "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")
print(nested_returns())
