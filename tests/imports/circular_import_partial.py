# A circular import sees the partially initialized module; `from` on a name not yet bound
# says so.
import sys
sys.path.append(sys.path[0] + "/mods")
import circ_a
print(circ_a.FIRST, circ_a.LATER, circ_a.circ_b.VALUE)
print(sys.modules["circ_b"].circ_a is circ_a)
print(sorted([k for k in sys.modules if k[:4] == "circ"]))
