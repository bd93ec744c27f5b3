"""Print CPython's answers for seeded pseudo-random inputs, one case a line, for tests/oracle.rs.

Each line is tab-separated: a kind, the inputs, then CPython's result. Text that may hold any
character is written as the hex of its UTF-8 bytes; floats as the hex of their IEEE bits; an
exception as `!Type: message`. The Rust test recomputes each result and compares.
"""
import random
import struct
import sys

rng = random.Random(20241122)


def hx(s):
    return s.encode("utf-8", "surrogatepass").hex()


def bits(x):
    return "%016x" % struct.unpack("<Q", struct.pack("<d", x))[0]


def out(kind, *fields):
    print(kind, *fields, sep="\t")


def attempt(fn):
    try:
        return fn()
    except (ValueError, OverflowError, TypeError) as e:
        return "!%s: %s" % (type(e).__name__, e)


def rand_float():
    r = rng.random()
    if r < 0.05:
        return rng.choice([0.0, -0.0, float("inf"), float("-inf"), float("nan"), 5e-324,
                           2.2250738585072014e-308, 1.7976931348623157e308, 0.5, 1.5, 2.5])
    if r < 0.25:
        # Any bit pattern: subnormals, huge and tiny exponents.
        return struct.unpack("<d", struct.pack("<Q", rng.getrandbits(64)))[0]
    if r < 0.45:
        # Halfway cases: small dyadic fractions and integers + .5 at various scales.
        return rng.randint(-10**6, 10**6) / (2 ** rng.randint(0, 12))
    if r < 0.6:
        return rng.choice([-1, 1]) * rng.randint(0, 10**rng.randint(1, 22)) * 10.0 ** rng.randint(-25, 25)
    if r < 0.75:
        return float(rng.randint(-10**rng.randint(1, 20), 10**rng.randint(1, 20)))
    return rng.uniform(-1, 1) * 10.0 ** rng.randint(-320, 308)


ALPHABET = (
    "abcXYZ019 '\"\\\t\n\r\x00\x07\x1b\x7f\x80\x85\x9f\xa0\xad\xe9\xff\u0378\u0661\u2028\u2029"
    "\u200b\u3000\ue000\uffff\u20ac\U0001f600\U000e0001\U0010ffff\U0001d7ff_.-+eExX"
)


def rand_text(n=12):
    return "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, n)))


def gen_repr():
    for _ in range(3000):
        x = rand_float()
        out("float_repr", bits(x), repr(x))
    for _ in range(2000):
        s = rand_text()
        out("str_repr", hx(s), hx(repr(s)))
        out("ascii", hx(s), ascii(s))
    for cp in range(0, 0x110000, 97):
        if not 0xD800 <= cp < 0xE000:
            out("str_repr", hx(chr(cp)), hx(repr(chr(cp))))
    for _ in range(500):
        b = bytes(rng.getrandbits(8) for _ in range(rng.randint(0, 10)))
        out("bytes_repr", b.hex(), repr(b))


SECTIONS = {"repr": gen_repr}

if __name__ == "__main__":
    for name in sys.argv[1:] or SECTIONS:
        SECTIONS[name]()
