# Towers of Hanoi and a recursive flatten.
moves = []
def hanoi(n, src, dst, via):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst)
    moves.append((src, dst))
    hanoi(n - 1, via, dst, src)

hanoi(4, "A", "C", "B")
print(len(moves))
print(moves[:5])

def flatten(x):
    if isinstance(x, list):
        out = []
        for item in x:
            out = out + flatten(item)
        return out
    return [x]

print(flatten([1, [2, [3, [4, [5]]]], 6, [[7]]]))
