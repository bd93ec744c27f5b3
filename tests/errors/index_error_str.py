# IndexError for a string index, uncaught inside a function called from a loop.
def char_at(s, i):
    return s[i]

for i in range(5):
    print(char_at("abc", i))
