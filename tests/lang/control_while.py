# while loops with break, continue and else.
i = 0
total = 0
while i < 10:
    i += 1
    if i % 2 == 0:
        continue
    total += i
print(total)

n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print(steps)

k = 0
while k < 3:
    k += 1
else:
    print("while finished normally at", k)

k = 0
while True:
    k += 1
    if k == 4:
        break
else:
    print("not printed")
print("broke at", k)
