# changing a dict while iterating it: size changes and replaced keys raise RuntimeError
def attempt(name, f):
    try:
        f()
        print(name, 'finished')
    except RuntimeError as e:
        print(name, type(e).__name__, e)

def add_during():
    d = {1: 1, 2: 2}
    for k in d:
        d[k + 10] = 0

def del_during():
    d = {1: 1, 2: 2, 3: 3}
    for k in d:
        del d[k]

def pop_during_values():
    d = {1: 1, 2: 2}
    for v in d.values():
        d.pop(2)

def items_during():
    d = {'a': 1}
    for k, v in d.items():
        d.setdefault('b', 2)

def replace_keys():
    d = {1: 1, 2: 2}
    for k in d:
        del d[k]
        d[k + 100] = 0

def same_key_assign():
    d = {1: 1, 2: 2}
    for k in d:
        d[k] = 'changed value'
    print(d)

def clear_during():
    d = {1: 1, 2: 2}
    for k in d:
        d.clear()

def update_same_keys():
    d = {1: 1, 2: 2}
    for k in d:
        d.update({1: 'x', 2: 'y'})
    print(d)

for name, f in [('add', add_during), ('del', del_during), ('pop values', pop_during_values),
                ('items setdefault', items_during), ('replace keys', replace_keys),
                ('same key', same_key_assign), ('clear', clear_during), ('update same', update_same_keys)]:
    attempt(name, f)

# the iterator stays broken after the error
d = {1: 1, 2: 2}
it = iter(d)
next(it)
d[3] = 3
for _ in range(2):
    try:
        next(it)
    except RuntimeError as e:
        print(type(e).__name__, e)
del d[3]
try:
    print(next(it))
except RuntimeError as e:
    print('still', type(e).__name__, e)
# a popitem/insert pair of the same size is caught as changed keys
e = {1: 1, 2: 2, 3: 3}
seen = []
try:
    for k in e:
        seen.append(k)
        e.popitem()
        e[k * 10] = 0
except RuntimeError as ex:
    print(type(ex).__name__, ex)
print(seen, e)
# iterating a copy is the safe way
f = {1: 1, 2: 2}
for k in list(f):
    f[k * 2] = 0
print(f)
