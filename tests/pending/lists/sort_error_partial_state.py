# after a failed comparison, list.sort leaves the list as far as timsort got (in place); builtins/sort.rs applies its permutation only on success, so the list stays unchanged here (pending: needs timsort's in-place order)
def attempt(l, **kw):
    try:
        l.sort(**kw)
    except TypeError as e:
        print(type(e).__name__, e)
    print(l)
attempt([1, 3, 2, "a"])
attempt([5, 4, 6, 1, None, 2])
attempt([2, 1, 3, "x", 0], reverse=True)
attempt([3, 2, 1, 0, "z", 9, 8])
attempt(list(range(40, 0, -1)) + ["s"] + list(range(30)))
