# A small recursive-descent calculator: tokenizing by indexing, parsing, evaluating, errors.
def tokenize(text):
    tokens = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == " ":
            i += 1
        elif "0" <= ch <= "9":
            j = i
            while j < len(text) and "0" <= text[j] <= "9":
                j += 1
            tokens.append(("num", int(text[i:j])))
            i = j
        elif ch in "+-*/()":
            tokens.append(("op", ch))
            i += 1
        else:
            raise SyntaxError(f"bad character {ch!r} at {i}")
    return tokens

def parse(tokens):
    pos = [0]
    def peek():
        return tokens[pos[0]] if pos[0] < len(tokens) else ("end", None)
    def take():
        tok = peek()
        pos[0] += 1
        return tok
    def atom():
        kind, value = take()
        if kind == "num":
            return value
        if value == "(":
            v = expr()
            take()
            return v
        if value == "-":
            return -atom()
        raise SyntaxError(f"unexpected {value!r}")
    def term():
        v = atom()
        while peek()[1] in ("*", "/"):
            op = take()[1]
            rhs = atom()
            v = v * rhs if op == "*" else v // rhs
        return v
    def expr():
        v = term()
        while peek()[1] in ("+", "-"):
            op = take()[1]
            rhs = term()
            v = v + rhs if op == "+" else v - rhs
        return v
    return expr()

for source in ("1 + 2 * 3", "(1 + 2) * 3", "-4 * (2 - 10) / 3", "2 * (3 + (4 - 1)) * 5", "7 / 0", "3 + x", "2 * )"):
    try:
        print(source, "=", parse(tokenize(source)))
    except (SyntaxError, ZeroDivisionError) as e:
        print(source, "->", type(e).__name__, e)
