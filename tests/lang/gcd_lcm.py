# Euclid's algorithm, iterative and recursive.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a

def gcd_rec(a, b):
    return a if b == 0 else gcd_rec(b, a % b)

def lcm(a, b):
    return a // gcd(a, b) * b

print(gcd(48, 18), gcd_rec(48, 18), gcd(17, 5), gcd(0, 9))
print(lcm(4, 6), lcm(21, 6))
acc = 1
for k in range(1, 21):
    acc = lcm(acc, k)
print(acc)
