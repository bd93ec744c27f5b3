# TypeErrors raised by builtins for wrong argument types or counts.
for thunk in (lambda: len(5), lambda: len(), lambda: abs("x"), lambda: int([1]),
              lambda: hash([1]), lambda: {[1]: 2}, lambda: {[]}, lambda: sum(["a"]),
              lambda: "abc"[1.0], lambda: [1][None], lambda: iter(3), lambda: min()):
    try:
        thunk()
    except TypeError as e:
        print("caught:", e)
print(len(1, 2))
