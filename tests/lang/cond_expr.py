# Conditional expressions evaluate only the chosen branch.
def loud(x):
    print("evaluated", x)
    return x

print("yes" if 1 else "no")
print("yes" if 0 else "no")
print(loud("a") if True else loud("b"))
print(loud("a") if False else loud("b"))
n = 7
print("even" if n % 2 == 0 else "odd")
print("neg" if n < 0 else "zero" if n == 0 else "pos")
print([("F" if i % 3 == 0 else "") + ("B" if i % 5 == 0 else "") or i for i in range(1, 16)])
