# No `__all__`: `from m_under import *` skips every name starting with an underscore.
public = 1
_private = 2
__dunder = 3
also_public = [public, _private]


def helper():
    return "helper"
