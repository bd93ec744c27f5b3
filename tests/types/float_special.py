# inf and nan behave as IEEE says; nan is not equal to itself.
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan)
print(inf + 1, inf - inf, inf * 0, -inf * -1)
print(nan == nan, nan != nan, nan < 1, nan > 1, inf > 10 ** 300)
print(inf == inf, -inf < inf, 1 / inf)
x = nan
print(x is x, [x] == [x], x in [x])
print(hash(inf), hash(-inf), hash(0.0), hash(-0.0))
print(max(1.0, inf), min(-inf, 0))
