# A bare raise re-raises the exception being handled, traceback included.
def risky():
    return {}["key"]

try:
    risky()
except KeyError as e:
    print("logging", repr(e))
    raise
