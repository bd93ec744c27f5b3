# sorted() builds a new list and sorts it with list.sort: same keywords, same errors, input untouched
src = [3, 1, 2]
out = sorted(src)
print(out, src, out is src)
print(sorted((5, 4)), sorted("bca"), sorted({"b": 1, "a": 2}), sorted(range(3, 0, -1)))
print(sorted([]), sorted(()), sorted(iter([2, 1])))
print(sorted(src, reverse=True), sorted(src, key=lambda v: -v), sorted(src, key=None, reverse=False))
print(sorted(["bb", "a", "ccc"], key=len, reverse=True))
print(sorted([(1, "b"), (1, "a"), (0, "z")], key=lambda p: p[0]))
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: sorted())
t(lambda: sorted([1], [2]))
t(lambda: sorted([1], None))
t(lambda: sorted(iterable=[1]))
t(lambda: sorted([1], cmp=len))
t(lambda: sorted([1], key=1))
t(lambda: sorted([], key=1))
t(lambda: sorted([1, 2], reverse="no"))
t(lambda: sorted([1, 2], reverse=2 ** 40))
t(lambda: sorted([1, 2], reverse=None))
t(lambda: sorted([1, "a"]))
t(lambda: sorted(["a", 1]))
t(lambda: sorted(5))
t(lambda: sorted(None))
t(lambda: sorted([1], key=None, reverse=0, extra=1))
seen = []
print(sorted([3, 1, 2], key=lambda v: seen.append(v) or v), seen)
l = [2, 1]
print(sorted(l, key=lambda v: len(l) + v), l)
print(sorted([0.5, True, 0, -1.5]), sorted([[2], [1, 5], [1]]))
