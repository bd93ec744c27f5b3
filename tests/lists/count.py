# list.count: equality (1 == 1.0 == True), nested lists, NaN identity, argument errors
l = [1, 1.0, True, "1", [1], (1,), 2, 0, False, None, None]
print(l.count(1), l.count(True), l.count(0), l.count(False))
print(l.count("1"), l.count([1]), l.count((1,)), l.count(None), l.count(3))
print([].count(1))
nan = float("nan")
n = [nan, nan, float("nan")]
print(n.count(nan), n.count(float("nan")))
big = [i % 7 for i in range(1000)]
print([big.count(i) for i in range(8)])
strs = ["the", "quick", "brown", "the", "lazy", "the", "end"]
print(strs.count("the"), strs.count("The"))
nested = [[1, 2], [1, 2], [2, 1], []]
print(nested.count([1, 2]), nested.count([]), nested.count([2]))
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: l.count())
t(lambda: l.count(1, 2))
t(lambda: l.count(value=1))
c = l.count
print(c(None))
print(list.count(l, 1), list.count([2, 2], 2))
t(lambda: list.count((1,), 1))
t(lambda: list.count())
