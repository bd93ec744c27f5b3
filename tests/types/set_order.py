# Iteration order of sets of strings and mixed values (PYTHONHASHSEED=0): CPython's set table
# (LINEAR_PROBES then perturbation, resize at 3/5 full) decides it.
words = {"apple", "banana", "cherry", "date", "elderberry", "fig", "grape"}
print(words)
print(hash("apple"), hash(""), hash("a"), hash("日本"), hash("é"))
print({"x": 1, "y": 2, **{w: len(w) for w in words}})
print(set("mississippi"), frozenset("abcdef"))
print({1.5, "s", (1, "t"), 2 ** 70, -3})
print(list({10 ** i for i in range(20)}))
s = set()
for i in range(40):
    s = s | {str(i)}
print(s)
