# time.sleep's argument errors and the clocks' argument checks
import time
for a in [-1, -0.5, -1e-9, float("nan"), float("-inf"), float("inf"), "a", None, [1], 1e10, 1e300, 10 ** 10, 10 ** 30, -(10 ** 30)]:
    try:
        time.sleep(a)
        print(repr(a), "slept")
    except (ValueError, TypeError, OverflowError) as e:
        print(repr(a), type(e).__name__, e)
for args in [(), (1, 2)]:
    try:
        time.sleep(*args)
    except TypeError as e:
        print("TypeError", e)
try:
    time.sleep(secs=1)
except TypeError as e:
    print("TypeError", e)
for f in [time.time, time.time_ns, time.monotonic, time.monotonic_ns, time.perf_counter, time.perf_counter_ns,
          time.process_time, time.process_time_ns]:
    try:
        f(1)
    except TypeError as e:
        print("TypeError", e)
    try:
        f(x=1)
    except TypeError as e:
        print("TypeError", e)
try:
    time.nope
except AttributeError as e:
    print("AttributeError", e)
print(time.sleep(True) is None)
