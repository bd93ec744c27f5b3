# TypeError for unsupported operand types.
for thunk in (lambda: 1 + "a", lambda: "a" - "b", lambda: [1] * 1.5, lambda: {} < {},
              lambda: -"x", lambda: ~1.5, lambda: None < 1, lambda: 1 in 5):
    try:
        thunk()
    except TypeError as e:
        print("caught:", e)
total = "count: " + 3
