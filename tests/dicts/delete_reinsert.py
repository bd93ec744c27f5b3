# deletion marks the looked-up slot: colliding keys, delete/reinsert churn, lookups after deletes
d = {}
keys = [i * 8 for i in range(12)] + [i * 8 + 1 for i in range(12)]
for k in keys:
    d[k] = str(k)
for k in keys[::3]:
    del d[k]
print(len(d), all([d[k] == str(k) for k in keys if k not in keys[::3]]))
print([k in d for k in keys[:6]])
for k in keys[::3]:
    d[k] = 'back'
print(list(d)[-4:], len(d))
churn = {}
for round_ in range(30):
    for i in range(40):
        churn[(round_ * 7 + i) % 53] = round_
    for i in range(0, 40, 3):
        churn.pop((round_ * 5 + i) % 53, None)
print(len(churn), sorted(churn)[:10], sum(churn.values()))
neg = {-1: 'a', -2: 'b', 2**64: 'c', -(2**64): 'd', 0.5: 'e', (1, 2): 'f', 'str': 'g'}
for k in list(neg):
    del neg[k]
    neg[k] = 'again'
print(neg)
for k in [-1, 2**64, (1, 2)]:
    neg.pop(k)
print(neg, -2 in neg, -1 in neg, neg.get(0.5))
same_hash = {1: 'int', 1.0: 'float?', True: 'bool?'}
print(same_hash)
del same_hash[True]
print(same_hash, 1 in same_hash)
words = {}
for w in ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta']:
    words[w] = len(w)
for w in ['beta', 'delta', 'zeta']:
    del words[w]
words['beta'] = 0
print(words, 'delta' in words)
try:
    del words['delta']
except KeyError as e:
    print(type(e).__name__, e)
big = {i: i for i in range(1000)}
for i in range(0, 1000, 2):
    del big[i]
print(len(big), big.get(999), big.get(998), sum(big))
for i in range(0, 1000, 2):
    big[i] = -i
print(len(big), list(big)[:3], list(big)[-3:])
