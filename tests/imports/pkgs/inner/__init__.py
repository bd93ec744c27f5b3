print("pkgs.inner: __init__ runs, __package__ =", __package__)
from .. import sub as parent_sub
INNER = "inner:" + parent_sub.TITLE
