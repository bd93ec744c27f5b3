# Recursive containers print with [...] and {...}.
a = [1, 2]
a.append(a)
print(a)
print(repr(a))
b = [a, a]
print(b)
d = {"self": None}
d["self"] = d
print(d)
e = {"l": [0]}
e["l"].append(e)
print(e)
t = ([],)
t[0].append(t)
print(t)
a.pop()
d["self"] = None
e["l"].pop()
t[0].pop()
print(a, d, e, t)
