# The name bound by 'except ... as e' is deleted at the end of the handler.
e = "before"
try:
    1 / 0
except ZeroDivisionError as e:
    print("inside:", repr(e))
print(e)
