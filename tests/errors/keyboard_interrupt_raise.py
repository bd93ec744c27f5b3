# A KeyboardInterrupt raised by the program is not caught by except Exception; SystemExit is.
try:
    try:
        raise KeyboardInterrupt
    except Exception:
        print("not here")
except BaseException as e:
    print("caught as BaseException:", type(e).__name__)
