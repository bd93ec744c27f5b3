# NotImplementedError from a placeholder function.
def todo():
    raise NotImplementedError("later")

try:
    todo()
except NotImplementedError as e:
    print("caught:", e)
todo()
