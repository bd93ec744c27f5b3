# dict | dict and dict |= (mapping or pairs); precedence of the right operand
a = {'x': 1, 'y': 2}
b = {'y': 20, 'z': 30}
print(a | b, b | a)
print(a, b)
c = a | {}
print(c, c is a, c == a)
print({} | {}, {} | a)
a |= b
print(a)
a |= [('w', 0), ('x', -1)]
print(a)
a |= {'q': 9}.items()
print(a)
a |= ()
print(a)
e = {1: 'one'}
e |= zip([2, 3], ['two', 'three'])
print(e)
def attempt(f):
    try:
        print('ok', f())
    except Exception as ex:
        print(type(ex).__name__, ex)
attempt(lambda: a | [('k', 1)])
attempt(lambda: [('k', 1)] | a)
attempt(lambda: a | None)
attempt(lambda: 1 | a)
attempt(lambda: a | {1, 2})
attempt(lambda: sorted(a | a.items(), key=repr))
attempt(lambda: a & b)
attempt(lambda: a - b)
attempt(lambda: a ^ b)
attempt(lambda: a + b)
def ior(d, other):
    d |= other
    return d
attempt(lambda: ior({}, 1))
attempt(lambda: ior({}, [(1, 2, 3)]))
attempt(lambda: ior({}, [1]))
attempt(lambda: ior({}, None))
attempt(lambda: ior({'a': 1}, {'b': 2}))
def iand(d, other):
    d &= other
    return d
attempt(lambda: iand({}, {}))
def isub(d, other):
    d -= other
    return d
attempt(lambda: isub({}, 1))
f = {'k': 1}
g = f
g |= {'m': 2}
print(f is g, f)
h = f | {}
h['n'] = 3
print(f, h)
chain = {1: 1} | {2: 2} | {3: 3} | {1: 'first replaced'}
print(chain)
