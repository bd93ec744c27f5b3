# A RecursionError caught, then another error raised in the handler: both tracebacks print.
def deep(n):
    return deep(n + 1)

try:
    deep(0)
except RecursionError:
    {}["after recursion"]
