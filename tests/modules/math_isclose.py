# math.isclose: relative and absolute tolerances, infinities, NaN and argument errors
import math
pairs = [(1, 1 + 1e-10), (1, 1.1), (0, 1e-10), (1e300, 1.0000000001e300), (-1, -1.0000000001),
         (math.inf, math.inf), (math.inf, -math.inf), (math.nan, math.nan), (math.inf, 1e308), (0.0, -0.0),
         (1e-320, 2e-320), (True, 1.0), (10 ** 20, 10 ** 20 + 1), (3, 3)]
for a, b in pairs:
    print(a, b, math.isclose(a, b), math.isclose(a, b, rel_tol=0.5), math.isclose(a, b, abs_tol=1e-9))
print(math.isclose(1, 1.1, rel_tol=0.1), math.isclose(1, 1.1, rel_tol=0.09), math.isclose(0, 1e-10, abs_tol=1e-10))
print(math.isclose(a=1, b=1.0), math.isclose(1, b=2, rel_tol=1), math.isclose(100, 101, rel_tol=0.01))
print(math.isclose(1, 2, rel_tol=math.inf), math.isclose(1, 2, abs_tol=math.inf), math.isclose(1, 2, rel_tol=math.nan))
print(math.isclose(5, 5, rel_tol=0, abs_tol=0), math.isclose(5, 5.000001, rel_tol=0, abs_tol=0))
for args, kw in [((1,), {}), ((), {}), ((1, 1, 2), {}), ((1, 1), {"foo": 2}), ((1, "a"), {}),
                 ((1, 1), {"rel_tol": "a"}), ((1, 1), {"rel_tol": -1}), ((1, 1), {"abs_tol": -1e-300}),
                 ((1,), {"a": 1}), ((1, 2), {"b": 3}), ((None, 1), {})]:
    try:
        print(math.isclose(*args, **kw))
    except (TypeError, ValueError) as e:
        print(args, type(e).__name__, e)
