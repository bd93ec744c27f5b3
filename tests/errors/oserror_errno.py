# OSError(errno, strerror) becomes the errno's subclass and formats as "[Errno N] message".
for code in (2, 13, 17, 1):
    e = OSError(code, "message")
    print(type(e).__name__, e, e.errno, e.strerror, e.args)
raise OSError(2, "No such file or directory")
