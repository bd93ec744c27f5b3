# IndexError for lists, tuples, strings and ranges.
items = [1, 2, 3]
for seq in ((1, 2), "ab", range(2)):
    try:
        seq[5]
    except IndexError as e:
        print("caught:", e)
try:
    items[10] = 0
except IndexError as e:
    print("caught:", e)
print(items[3])
