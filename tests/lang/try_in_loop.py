# Exceptions inside loops: handled per iteration, the loop goes on.
results = []
for x in [4, 0, "a", 2, None]:
    try:
        results.append(8 // x)
    except ZeroDivisionError:
        results.append("div0")
    except TypeError as e:
        results.append("type:" + type(x).__name__)
print(results)
count = 0
while True:
    try:
        count += 1
        if count == 3:
            raise StopIteration
    except StopIteration:
        break
print(count)
