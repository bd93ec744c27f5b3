# finally with return swallows the exception; without return the exception propagates.
def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "finally won"

def keep():
    try:
        raise ValueError("kept")
    finally:
        print("finally ran")

print(swallow())
keep()
