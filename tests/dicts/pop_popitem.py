# dict.pop with and without default, popitem LIFO order, reuse of space after popitem
d = {'a': 1, 'b': 2, 'c': 3}
print(d.pop('a'), d)
print(d.pop('zz', 'dflt'), d.pop('zz', None), d)
try:
    d.pop('zz')
except KeyError as e:
    print(type(e).__name__, e)
try:
    d.pop(('t', 1))
except KeyError as e:
    print(type(e).__name__, e, e.args)
try:
    d.pop([])
except TypeError as e:
    print(type(e).__name__, e)
# an empty dict answers before hashing the key
try:
    {}.pop([])
except KeyError as e:
    print(type(e).__name__, e)
print({}.pop([], 'default for unhashable'))
print(d.popitem(), d.popitem(), d)
try:
    d.popitem()
except KeyError as e:
    print(type(e).__name__, e, e.args)
e = {}
for i in range(10):
    e[i] = i * i
print([e.popitem() for _ in range(4)], e)
e[100] = 'new'
print(e, e.popitem(), e)
del e[0]
print(e.popitem(), list(e))
e[0] = 'back'
print(list(e.items()))
# pop then re-insert goes to the end
f = dict.fromkeys('abcd', 0)
f.pop('b')
f['b'] = 1
print(f)
# equal keys of different types
g = {1: 'int', 2.0: 'float'}
print(g.pop(1.0), g.pop(2), g)
h = {True: 'yes'}
print(h.pop(1), h)
# pop everything then grow again
big = {i: str(i) for i in range(50)}
for i in range(0, 50, 2):
    big.pop(i)
print(len(big), list(big)[:5], big.popitem())
for i in range(100, 110):
    big[i] = i
print(len(big), list(big)[-3:])
while big:
    k, v = big.popitem()
print(big, len(big))
