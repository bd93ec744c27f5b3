# Compound statements.
if a:
    pass
elif b:
    pass
elif c:
    x = 1
else:
    y = 2

if a: b = 1
else: b = 2

while x:
    x -= 1
    if x: break
    else: continue
else:
    pass

for i in range(3):
    pass
else:
    done = True

for a, b in pairs: pass
for (a, b), *c in x: pass
for x in 1, 2, 3: pass

try:
    pass
except ValueError:
    pass
except (TypeError, KeyError) as e:
    pass
except:
    raise
else:
    pass
finally:
    pass

try:
    x = 1
finally:
    y = 2

with open("f") as f:
    pass
with a as b, c as d, e:
    pass
with (a as b, c):
    pass
with (a, b):
    pass
with (a, b) as c:
    pass
with (
    open("x") as f,
    open("y") as g,
):
    pass
with a as (b, c): pass
with a as b.c: pass
