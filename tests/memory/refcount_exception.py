# A caught exception is released at the end of the handler (except-as unbinding).
import sys
payload = [1]
try:
    raise ValueError(payload)
except ValueError as e:
    print(sys.getrefcount(payload))
print(sys.getrefcount(payload))
