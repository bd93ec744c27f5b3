# Odd corners: semicolons, line continuation, comments, print as a name.
x = 1 + \
    2
if x: pass; y = 1
print = 3
print(print)
match = 1
case = 2
match(x)
type = 3
_ = 1
__x = 2
ñ = 3
x = [1,  # comment
     2]

# trailing comment
def f(): return 1
class C: x = 1
