# Markers under a failing method call and a failing attribute in a longer expression.
def describe(value):
    return "value: " + value.upper()

data = [1, 2]
try:
    data.sort_me()
except AttributeError as e:
    print("caught:", e)
print(describe(42))
