# rattle renders this against the file line; CPython 3.11 renders f-string field errors against "(a b)".
x = f"{a b}"
