# An uncaught MemoryError prints a traceback and exits with status 1.
def allocate():
    return [None] * 10 ** 12

print("allocating")
allocate()
