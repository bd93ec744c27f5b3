# A plain module: constants, functions, and one line printed when its code runs.
print("m_basic: running as", __name__)
ANSWER = 42
NAMES = ["a", "b"]


def double(x):
    return 2 * x


def uses_global():
    return ANSWER + 1
