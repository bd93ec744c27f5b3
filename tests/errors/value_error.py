# ValueError from int() with a bad literal.
for text in ("12", "0x10", "", " ", "1.5", "abc", "1e3"):
    try:
        print(int(text))
    except ValueError as e:
        print("caught:", e)
n = int("forty-two")
