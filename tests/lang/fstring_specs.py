# f-string conversions and format specs, including the errors bad specs raise.
x = 3.5
n = 42
s = "str"
for thunk in (lambda: f"{x:d}", lambda: f"{s:d}", lambda: f"{n:s}", lambda: f"{n:.2s}" , lambda: f"{n:,d}", lambda: f"{s:>{n}}"[:3], lambda: f"{n!r:>5}", lambda: f"{None}", lambda: f"{[1, 'a']!s}", lambda: f"{n:#x} {n:#o} {n:#b}", lambda: f"{n:_}", lambda: f"{-n:=8}", lambda: f"{x:=+8.2f}", lambda: f"{s!a}", lambda: f"{1e100:.2g}", lambda: f"{n:c}", lambda: f"{True:d}", lambda: f"{x:{'>'}{10}}"):
    try:
        print(repr(thunk()))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
