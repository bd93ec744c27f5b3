# float formatting through str(), repr() and f-string specs.
vals = [0.0, 1.0, 0.5, 123.456, 1e-7, 1.5e300, -2.5, 1 / 7, 1e16, 12345678.9]
for v in vals:
    print(repr(v), f"{v:.3f}", f"{v:e}", f"{v:g}", f"{v:10.2f}|", f"{v:.3}")
print(f"{3.0:.0f} {2.5:.0f} {3.5:.0f} {-0.0:.1f}")
print(f"{1234567.891:,.2f} {0.000123:.2e} {100.0:%}")
print(str(1e22), str(1e21), str(123456789012345.6))
