print("pkgs.sub: running, __package__ =", __package__)


def where():
    return __name__


TITLE = "sub"
