# Imports circ_b while only half initialized; circ_b looks at this module then.
print("circ_a: start")
FIRST = "a-first"
import circ_b
LATER = "a-later"
print("circ_a: end, circ_b.VALUE =", circ_b.VALUE)
