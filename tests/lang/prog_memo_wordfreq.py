# Memoized recursion with a dict, and a word-frequency count over text split by hand.
memo = {}
def ways(n):
    if n < 0:
        return 0
    if n == 0:
        return 1
    if n in memo:
        return memo[n]
    memo[n] = ways(n - 1) + ways(n - 2) + ways(n - 3)
    return memo[n]
print([ways(i) for i in range(15)], ways(200))

text = "the quick brown fox jumps over the lazy dog the fox barks and the dog sleeps"
words = []
current = ""
for ch in text + " ":
    if ch == " ":
        if current:
            words.append(current)
        current = ""
    else:
        current += ch
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
ranked = sorted(counts, key=lambda w: (-counts[w], w))
for w in ranked[:5]:
    print(f"{w:>6} {counts[w]:2} {'#' * counts[w]}")
print(len(words), len(counts))
