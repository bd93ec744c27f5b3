# A closure cell holds one reference to its value.
import sys
def outer():
    data = []
    print(sys.getrefcount(data))
    def inner():
        return data
    print(sys.getrefcount(data))
    return inner

f = outer()
print(sys.getrefcount(f()))
