# Assignment expressions (:=) in conditions, loops and comprehensions.
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list of", n)
i = 0
while (v := data[i]) != 1:
    print("value", v)
    i += 1
print([y for x in data if (y := x * 2) > 6])
print(y)
total = 0
print([total := total + x for x in range(5)], total)
def f():
    if (r := 10) > 5:
        return r
print(f())
