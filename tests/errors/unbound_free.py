# NameError for a free variable read before the enclosing function assigned it.
def outer():
    def inner():
        return zzqv
    print(inner.__name__)
    inner()
    zzqv = 1

outer()
