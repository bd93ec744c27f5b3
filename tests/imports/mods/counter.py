# Prints each time its code runs: an import that finds it in sys.modules does not run it.
print("counter: module code runs")
count = 0


def bump():
    global count
    count += 1
    return count
