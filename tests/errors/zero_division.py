# Uncaught ZeroDivisionError from integer division: traceback with carets under the operator.
a = 10
b = 0
print("dividing", a, "by", b)
print(a // b)
