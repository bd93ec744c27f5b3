# `__all__` decides what `from m_all import *` binds, private names included.
__all__ = ["alpha", "_hidden", "gamma"]
alpha = "A"
beta = "B"
_hidden = "H"
gamma = lambda: "G"
