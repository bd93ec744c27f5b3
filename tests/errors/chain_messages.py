# Four chained exceptions with empty, multi-line and None messages.
try:
    raise ValueError("")
except ValueError:
    try:
        raise KeyError("")
    except KeyError:
        try:
            raise Exception("multi\nline message")
        except Exception:
            try:
                raise RuntimeError(None)
            except RuntimeError:
                raise OSError("plain")
