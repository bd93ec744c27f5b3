# Objects returned from functions: locals are released when the function returns.
import sys
def make():
    local = [1, 2, 3]
    alias = local
    return local

r = make()
print(sys.getrefcount(r))
def keep(x, store):
    store.append(x)
    return x

store = []
v = keep([9], store)
print(sys.getrefcount(v))
store.pop()
print(sys.getrefcount(v))
