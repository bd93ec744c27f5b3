# An error inside an f-string replacement field.
data = {"a": [1, 2]}
x = 0
print(f"value: {data['a'][x]}")
print(f"value: {data['a'][x + 5]}")
