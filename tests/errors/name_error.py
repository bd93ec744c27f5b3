# NameError for an undefined global read inside a function.
def greet():
    print("hello", nmae)

name = "world"
greet()
