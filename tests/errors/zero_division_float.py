# Float division by zero and modulo by zero have their own messages.
x = 1.5
try:
    x % 0
except ZeroDivisionError as e:
    print("caught:", e)
try:
    5 % 0
except ZeroDivisionError as e:
    print("caught:", e)
try:
    divmod(5, 0)
except ZeroDivisionError as e:
    print("caught:", e)
print(x / 0.0)
