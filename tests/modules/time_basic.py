# time: the clocks' types, monotonicity and sleeps measured against thresholds
import time
print(type(time.time()).__name__, type(time.time_ns()).__name__)
print(type(time.monotonic()).__name__, type(time.monotonic_ns()).__name__)
print(type(time.perf_counter()).__name__, type(time.perf_counter_ns()).__name__)
print(type(time.process_time()).__name__, type(time.process_time_ns()).__name__)
print(time.time() > 1.7e9, time.time_ns() > 1.7e18, abs(time.time() - time.time_ns() / 1e9) < 1)
m0, p0, n0 = time.monotonic(), time.perf_counter(), time.monotonic_ns()
ms = [time.monotonic() for i in range(100)]
print(sorted(ms) == ms, time.monotonic_ns() >= n0)
time.sleep(0.05)
print(time.monotonic() - m0 >= 0.05, time.perf_counter() - p0 >= 0.05, time.monotonic_ns() - n0 >= 50000000)
print(time.monotonic() - m0 < 5, time.perf_counter() - p0 < 5)
c0 = time.process_time()
total = 0
for i in range(300000):
    total += i
print(total, time.process_time() >= c0, time.process_time_ns() >= 0)
t0 = time.perf_counter()
print(time.sleep(0), time.sleep(0.0), time.sleep(False), time.perf_counter() - t0 < 1)
t0 = time.time()
time.sleep(0.02)
print(time.time() - t0 > 0.01)
print(time.__name__, time.sleep.__name__, time.sleep, time)
print(sorted([n for n in ["time", "sleep", "monotonic", "perf_counter", "process_time", "x"] if hasattr(time, n)]))
