# Raising the same exception object repeatedly: its traceback grows with each raise.
e = ValueError("reused")
def thrower():
    raise e
for i in range(2):
    try:
        thrower()
    except ValueError as caught:
        print(caught is e)
raise e
