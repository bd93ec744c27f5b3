__all__ = ["sub", "other_name"]
other_name = "other"
from . import sub
