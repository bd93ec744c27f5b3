# An uncaught error raised while a module runs: the traceback names each module's file
# (relative to this folder in the suite's output) and quotes its lines.
import sys
sys.path.append(sys.path[0] + "/mods")
import m_basic
print(m_basic.double(2))
import m_attr_error
