from .sub import nonexistent
