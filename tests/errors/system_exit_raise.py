# raise SystemExit directly, caught once and then re-raised with another code.
try:
    raise SystemExit(5)
except SystemExit as e:
    print("caught", e.code)
raise SystemExit(0)
