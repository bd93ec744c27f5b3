# assert statements that hold do nothing; failing ones caught show their message.
assert True
assert 1 + 1 == 2, "math works"
try:
    assert 1 > 2, "one is not greater than two"
except AssertionError as e:
    print("caught:", e)
try:
    assert []
except AssertionError as e:
    print("caught empty message:", repr(e), e.args)
try:
    assert False, ("tuple", 1)
except AssertionError as e:
    print(e.args)
print("done")
