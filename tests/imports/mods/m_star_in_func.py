x = 1


def f():
    from m_basic import *
    return ANSWER
