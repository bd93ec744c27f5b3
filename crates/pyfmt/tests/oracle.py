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
    for _ in range(3000):
        # Large values with short binary fractions: where shortest-digit ties live.
        x = rng.randint(2**50, 2**53) / rng.choice([2, 4, 8, 16])
        out("float_repr", bits(x), repr(x))
    for _ in range(2000):
        z = complex(rand_float(), rand_float())
        if rng.random() < 0.2:
            z = complex(rng.choice([0.0, -0.0]), z.imag)
        out("complex_repr", bits(z.real), bits(z.imag), repr(z))
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


INT_CHARS = "0123456789abcdefxoXOB_ +-\t\u0661\u3000\xe9z"


def rand_int():
    r = rng.random()
    if r < 0.3:
        return rng.randint(-1000, 1000)
    if r < 0.8:
        return rng.randint(-10**rng.randint(1, 40), 10**rng.randint(1, 40))
    return rng.randint(-10**rng.randint(40, 400), 10**rng.randint(40, 400))


def gen_parse():
    for _ in range(4000):
        base = rng.choice([0, 0, 10, 10, 2, 8, 16, 36, 3, 7])
        s = "".join(rng.choice(INT_CHARS) for _ in range(rng.randint(0, 8)))
        if rng.random() < 0.3:
            s = rng.choice(["", " ", "-", "+"]) + rng.choice(["0x", "0o", "0b", "0", ""]) + s
        out("int", hx(s), base, attempt(lambda: str(int(s, base))))
    for _ in range(1500):
        n = rand_int()
        base = rng.choice([0, 10, 16, 8, 2])
        s = {0: str, 10: str, 16: hex, 8: oct, 2: bin}[base](n)
        if rng.random() < 0.5:
            s = s.replace("1", "1_")
        out("int", hx(s), base, attempt(lambda: str(int(s, base))))
    for _ in range(4000):
        s = "".join(rng.choice("0123456789._eE+- \u0661nafity") for _ in range(rng.randint(0, 10)))
        out("float", hx(s), attempt(lambda: bits(float(s))))
    for _ in range(3000):
        x = rand_float()
        s = rng.choice([repr(x), "%.17g" % x, "%.25e" % x, "%.3f" % x])
        out("float", hx(s), attempt(lambda: bits(float(s))))
    from decimal import Decimal
    for _ in range(1500):
        # Exact decimal halfway points between neighbouring doubles, and one digit off them.
        x = abs(rand_float())
        if not (x == x) or x in (0.0, float("inf")) or x >= 1.7976931348623157e308:
            continue
        up = struct.unpack("<d", struct.pack("<Q", struct.unpack("<Q", struct.pack("<d", x))[0] + 1))[0]
        half = (Decimal(x) + Decimal(up)) / 2
        text = format(half, "f") if rng.random() < 0.5 else format(half, "e")
        if rng.random() < 0.5:
            text = text + rng.choice(["1", "0001", "9"])
        if rng.random() < 0.3 and "e" not in text:
            text = text[:-1]
        out("float", hx(text), attempt(lambda: bits(float(text))))
    for _ in range(4000):
        x = rand_float()
        if rng.random() < 0.5:
            # Values near a rounding boundary: k + 0.5 at a decimal scale.
            n = rng.randint(-5, 5)
            x = (rng.randint(-10**6, 10**6) + 0.5) * 10.0 ** -n
        else:
            n = rng.randint(-320, 330)
        out("round", bits(x), n, attempt(lambda: bits(round(x, n))))
    for _ in range(500):
        x = rand_float()
        out("ratio", bits(x), attempt(lambda: "%d/%d" % x.as_integer_ratio()))


def rand_spec(types, number=True):
    parts = []
    r = rng.random()
    if r < 0.3:
        parts.append(rng.choice("*0x _é") + rng.choice("<>^="))
    elif r < 0.5:
        parts.append(rng.choice("<>^="))
    odd = 1.0 if number else 0.1
    if rng.random() < 0.3 * odd:
        parts.append(rng.choice("+- "))
    if rng.random() < 0.1 * odd:
        parts.append("z")
    if rng.random() < 0.25 * odd:
        parts.append("#")
    if rng.random() < 0.25:
        parts.append("0")
    if rng.random() < 0.5:
        parts.append(str(rng.randint(0, 30)))
    if rng.random() < 0.25 * odd:
        parts.append(rng.choice(",_"))
    if rng.random() < 0.5:
        parts.append("." + str(rng.choice([0, 1, 2, 3, 5, 10, 17, 20, 30, 60, rng.randint(0, 400)])))
    if rng.random() < 0.85:
        parts.append(rng.choice(types))
    spec = "".join(parts)
    if rng.random() < 0.02:
        spec = "".join(rng.choice("<>^=+- z#0123456789,_.dxXsfF%ncq") for _ in range(rng.randint(0, 6)))
    return spec


def gen_format():
    for _ in range(1000):
        # Ints at and near halfway points between doubles, and the top of the range.
        k = rng.randint(0, 971)
        n = ((2**53 + rng.choice([1, 3, -1])) << k) + rng.choice([0, 0, 1, -1])
        if rng.random() < 0.1:
            n = 2**1024 - 2**970 + rng.choice([0, -1, 1])
        n = rng.choice([n, -n])
        out("format_int", str(n), hx("r"), hx(attempt(lambda: repr(float(n)))))
        out("round_int", str(n), str(-k), str(round(n, -k)))
    for _ in range(4000):
        n = rand_int()
        spec = rand_spec("bcdoxXneEfFgG%s")
        out("format_int", str(n), hx(spec), hx(attempt(lambda: format(n, spec))))
    for _ in range(8000):
        x = rand_float()
        spec = rand_spec("eEfFgGn%" + "  ")
        out("format_float", bits(x), hx(spec), hx(attempt(lambda: format(x, spec))))
    for _ in range(3000):
        t = rand_text(6)
        spec = rand_spec("s  d", number=False)
        out("format_str", hx(t), hx(spec), hx(attempt(lambda: format(t, spec))))


def rand_conversion(kinds):
    fmt = "%"
    stars = []
    fmt += "".join(rng.choice("-+ #0") for _ in range(rng.choice([0, 0, 1, 1, 2, 3])))
    r = rng.random()
    if r < 0.1:
        fmt += "*"
        stars.append(rng.randint(-20, 20))
    elif r < 0.6:
        fmt += str(rng.randint(0, 25))
    r = rng.random()
    if r < 0.1:
        fmt += ".*"
        stars.append(rng.randint(-3, 30))
    elif r < 0.5:
        fmt += "." + str(rng.choice([0, 1, 2, 3, 6, 10, 20, 50, rng.randint(0, 300)]))
    if rng.random() < 0.05:
        fmt += rng.choice("hlL")
    fmt += rng.choice(kinds)
    return fmt, stars


def gen_printf():
    for _ in range(3000):
        fmt, stars = rand_conversion("diouxX")
        n = rand_int()
        out("printf_int", hx(fmt), ",".join(map(str, stars)), str(n),
            hx(attempt(lambda: fmt % (*stars, n))))
    for _ in range(5000):
        fmt, stars = rand_conversion("eEfFgG")
        x = rand_float()
        out("printf_float", hx(fmt), ",".join(map(str, stars)), bits(x),
            hx(attempt(lambda: fmt % (*stars, x))))
    for _ in range(2000):
        fmt, stars = rand_conversion("srac")
        t = rand_text(6)
        if fmt.endswith("c"):
            t = t[:1] or "x"
        out("printf_str", hx(fmt), ",".join(map(str, stars)), hx(t),
            hx(attempt(lambda: fmt % (*stars, t))))
    for _ in range(500):
        fmt, stars = rand_conversion("c")
        n = rng.choice([rng.randint(0, 0x10FFFF), rng.randint(-5, 300), 0x110000])
        if 0xD800 <= n < 0xE000:
            n = 65
        out("printf_char", hx(fmt), ",".join(map(str, stars)), str(n),
            hx(attempt(lambda: fmt % (*stars, n))))


def gen_hex():
    for _ in range(3000):
        x = rand_float()
        out("hex", bits(x), x.hex())
        h = x.hex()
        r = rng.random()
        if r < 0.3:
            # Extra digits past the 53 bits, exercising rounding.
            h = h.replace("p", "".join(rng.choice("0123456789abcdef8") for _ in range(rng.randint(1, 6))) + "p")
        elif r < 0.5:
            m, e = h.split("p") if "p" in h else (h, "0")
            h = m + "p" + str(int(e) + rng.randint(-60, 60))
        elif r < 0.6:
            h = h.upper()
        elif r < 0.7:
            h = "".join(rng.choice("0x1.fpP+-_ 9") for _ in range(rng.randint(0, 8)))
        out("fromhex", hx(h), attempt(lambda: bits(float.fromhex(h))))


def gen_strformat():
    import _string
    for _ in range(6000):
        fmt = "".join(rng.choice("{{{}}}ab0123.[]!:rsax é\u0661") for _ in range(rng.randint(0, 12)))
        shown = []
        try:
            for piece in _string.formatter_parser(fmt):
                shown.append(repr(piece))
        except ValueError as e:
            shown.append("!" + str(e))
        out("markup", hx(fmt), hx("|".join(shown)))
    for _ in range(3000):
        name = "".join(rng.choice("ab01.[]]x\u0661 !") for _ in range(rng.randint(0, 8)))
        shown = []
        try:
            first, rest = _string.formatter_field_name_split(name)
            shown.append(repr(first))
            for step in rest:
                shown.append(repr(step))
        except ValueError as e:
            shown.append("!" + str(e))
        out("field_name", hx(name), hx("|".join(shown)))


def gen_percent():
    mapping = {"a": 5, "b": -3}
    for _ in range(4000):
        mode = rng.choice(["tuple", "tuple", "single", "mapping"])
        pieces = []
        for _ in range(rng.randint(0, 4)):
            r = rng.random()
            if r < 0.3:
                pieces.append(rng.choice(["x", " ", "ab", "%%", "é"]))
                continue
            conv = "%"
            if mode == "mapping" or rng.random() < 0.05:
                conv += "(" + rng.choice(["a", "b", "a", "c", "(a)"]) + ")"
            conv += "".join(rng.choice("-+ #0") for _ in range(rng.randint(0, 2)))
            if rng.random() < 0.2:
                conv += "*"
            elif rng.random() < 0.4:
                conv += str(rng.randint(0, 12))
            if rng.random() < 0.15:
                conv += ".*"
            elif rng.random() < 0.3:
                conv += "." + str(rng.randint(0, 8))
            conv += rng.choice("dixXosrafeEgGc" + "dd" + ("y" if rng.random() < 0.05 else ""))
            pieces.append(conv)
        if rng.random() < 0.03:
            pieces.append(rng.choice(["%", "%(a", "%-", "%.", "%5"]))
        fmt = "".join(pieces)
        if mode == "tuple":
            args = tuple(rng.randint(-20, 300) for _ in range(rng.randint(0, 5)))
        elif mode == "single":
            args = rng.randint(-20, 300)
        else:
            args = mapping
        shown = repr(list(args)) if mode == "tuple" else repr(args) if mode == "single" else "map"
        try:
            result = fmt % args
        except (ValueError, TypeError, OverflowError, KeyError) as e:
            result = "!%s: %s" % (type(e).__name__, e)
        out("percent", hx(fmt), mode, shown, hx(result))


def gen_build():
    for _ in range(4000):
        pieces = []
        for _ in range(rng.randint(0, 4)):
            if rng.random() < 0.3:
                pieces.append(rng.choice(["x", "{{", "}}", " ", "é", "{", "}"]))
                continue
            field = rng.choice(["", "", "0", "1", "2", "5", "a", "b", "z", "0.x", "a[0]", ""])
            if rng.random() < 0.2:
                field += "!" + rng.choice("rsax")
            if rng.random() < 0.5:
                spec = rng.choice(["", ">5", "^7", "x", "d", "s", "08", ",", "{}", "{0}", "{a}", "{}>{}", "{:{}}", "+"])
                field += ":" + spec
            pieces.append("{" + field + "}")
        fmt = "".join(pieces)
        try:
            result = fmt.format(7, -12, "xy", a=3, b="é")
        except (ValueError, TypeError, KeyError, IndexError, AttributeError) as e:
            result = "!%s: %s" % (type(e).__name__, e)
        out("build", hx(fmt), hx(result))


SECTIONS = {"build": gen_build, "percent": gen_percent, "strformat": gen_strformat, "hex": gen_hex, "repr": gen_repr, "parse": gen_parse, "format": gen_format, "printf": gen_printf}

if __name__ == "__main__":
    for name in sys.argv[1:] or SECTIONS:
        SECTIONS[name]()
