# An exception escapes a loop after some iterations; finally runs on the way out.
def process(items):
    try:
        for item in items:
            print("processing", item)
            print(10 // item)
    finally:
        print("cleanup")

process([5, 2, 0, 1])
