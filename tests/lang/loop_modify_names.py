# The loop variable keeps its last value after the loop; reassigning it in the body is harmless.
for i in range(5):
    i = i * 100
print(i)
for j in []:
    pass
try:
    print(j)
except NameError as e:
    print("NameError:", e)
k = "before"
for k in "xyz":
    pass
print(k)
