# TypeErrors raised by builtins for wrong argument types or counts.
one_f = 1.0
nothing = None
for thunk in (lambda: len(5), lambda: len(), lambda: abs("x"), lambda: int([1]),
              lambda: hash([1]), lambda: {[1]: 2}, lambda: {[]}, lambda: sum(["a"]),
              lambda: "abc"[one_f], lambda: [1][nothing], lambda: iter(3), lambda: min()):
    try:
        thunk()
    except TypeError as e:
        print("caught:", e)
print(len(1, 2))
