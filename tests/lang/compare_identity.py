# == versus is, in and not in, is not.
a = [1, 2]
b = [1, 2]
c = a
print(a == b, a is b, a is c, a is not b)
print(None is None, None == None)
print(1 == 1.0, 1 == True, 0 == False)
print(3 in [1, 2, 3], 4 not in [1, 2, 3])
print("ell" in "hello", "xyz" in "hello", "" in "abc")
print(2 in {1: "a", 2: "b"}, "a" in {1: "a"})
print((1, 2) in [(1, 2)], [1] in [[1]])
print(5 in range(10), 10 in range(10), 4 in range(0, 10, 2), 5 in range(0, 10, 2))
