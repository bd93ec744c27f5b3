# String building: concatenation, repetition, indexing, slicing and str() of ints.
def build(n):
    s = ""
    count = 0
    for i in range(n):
        piece = str(i) + "," + "ab" * (i % 3)
        s += piece[1:]
        if len(s) > 1000:
            count += len(s) + ord(s[-1])
            s = s[:10]
    return count

import sys
print(build(int(sys.argv[1]) if len(sys.argv) > 1 else 1500000))
