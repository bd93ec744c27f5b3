# The "perhaps you missed a comma?" SyntaxWarnings: calling a display or a literal, subscripting
# what cannot be subscripted, indexing a sequence literal with the wrong type. The functions
# are compiled (and warned about) but never called.
x = 1
def calls():
    a = [(1, 2) (3, 4)]
    b = [1, 2] (3)
    c = "abc" (1)
    d = (-1)(2)
    e = {1: 2}(3)
    f = {1}(2)
    g = f"x{x}"(1)
    h = [y for y in ()](1)
    k = (y for y in ())(1)
    m = None(1)
    n = x(1)
def subs():
    a = 1[0]
    b = {1, 2}[0]
    c = (lambda: 0)[0]
    d = None[0]
    e = 1.5[x]
    f = True[0]
    g = (1, 2)["a"]
    h = [1, 2][1, 2]
    i = [1, 2][0]
    j = "abc"[x]
    k = "abc"[1.5]
    l = [y for y in ()]["k"]
    m = f"{x}"[None]
    n = (x, x)[:1]
    o = [1][True]
    p = x[1.5]
    q = (x,)[{}]
print("compiled")
