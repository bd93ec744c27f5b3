# for over range with steps, negative steps and empty ranges.
print(list(range(5)))
print(list(range(2, 10, 3)))
print(list(range(10, 0, -2)))
print(list(range(0)), list(range(5, 2)))
total = 0
for i in range(1, 101):
    total += i
print(total)
for i in range(3, -4, -3):
    print(i, end=" ")
print()
r = range(0, 100, 7)
print(len(r), r[3], r[-1], 49 in r, 50 in r)
