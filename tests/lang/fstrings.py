# f-strings with conversions and simple format specs.
name = "rattle"
n = 42
pi = 3.14159265
print(f"{name} {n}")
print(f"{name!r} {n!r}")
print(f"{n:5}|{n:<5}|{n:^5}|{n:>5}|")
print(f"{n:05}|{n:x}|{n:X}|{n:o}|{n:b}|")
print(f"{pi:.2f}|{pi:8.3f}|{pi:e}|")
print(f"{name:>10}|{name:<10}|{name:*^10}|")
print(f"{n + 1} {n * 2} {[n, n]}")
print(f"{{braces}} {n}")
print(f"{1000000:,}")
print(f"{-5:+} {5:+}")
print(f"{0.5:%}")
