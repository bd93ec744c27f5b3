# break and continue inside try/finally run the finally block on the way out.
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("finally", i)
print("after loop")

i = 0
while i < 10:
    i += 1
    try:
        try:
            if i == 2:
                break
        finally:
            print("inner finally", i)
    finally:
        print("outer finally", i)
print("i =", i)
