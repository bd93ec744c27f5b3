print("circ_b: start")
import circ_a
print("circ_b sees FIRST:", circ_a.FIRST)
print("circ_b sees LATER yet:", hasattr(circ_a, "LATER"))
VALUE = "b-value"
try:
    from circ_a import LATER
except ImportError as e:
    print("circ_b:", type(e).__name__, e)
print("circ_b: end")
