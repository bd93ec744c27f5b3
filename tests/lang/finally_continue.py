# continue and break inside finally, and finally inside except inside loops.
out = []
for i in range(4):
    try:
        if i == 1:
            raise ValueError(i)
        out.append(i)
    except ValueError:
        out.append("err")
        continue
    finally:
        out.append("f")
        if i == 2:
            continue
    out.append("end")
print(out)
def loop_break_in_finally():
    for i in range(5):
        try:
            raise KeyError(i)
        finally:
            if i == 2:
                break
    return i
try:
    print(loop_break_in_finally())
except KeyError as e:
    print("escaped", e)
