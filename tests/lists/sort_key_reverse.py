# list.sort with key= and reverse=: keyword-only, key=None, reverse as any int/bool, stable reverse
words = ["banana", "Apple", "cherry", "date", "Fig", "elderberry", "apple"]
w = words[:]
w.sort(key=len)
print(w)
w.sort(key=len, reverse=True)
print(w)
w.sort(key=lambda s: s.lower() if False else s[-1])
print(w)
w.sort(reverse=True)
print(w)
w.sort(key=None)
print(w)
w.sort(key=None, reverse=False)
print(w)
nums = [3, -1, 4, -1, 5, -9, 2, 6]
nums.sort(key=abs)
print(nums)
nums.sort(key=abs, reverse=1)
print(nums)
nums.sort(reverse=0)
print(nums)
nums.sort(reverse=-5)
print(nums)
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b")]
pairs.sort(key=lambda p: p[0], reverse=True)
print(pairs)
pairs.sort(key=lambda p: p[1])
print(pairs)
calls = []
def k(x):
    calls.append(x)
    return -x
v = [3, 1, 2]
v.sort(key=k)
print(v, calls)
calls.clear()
one = [42]
one.sort(key=k)
print(one, calls)
print(sorted(words, key=len, reverse=True))
print(sorted(words, reverse=True, key=None))
print(sorted([[2, 1], [1, 2]], key=lambda p: p[1]))
m = [{1: 2}, {}, {3: 4, 5: 6}]
m.sort(key=len)
print(m)
