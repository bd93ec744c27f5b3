# Three dots from pkgs.inner.beyond go above the top-level package.
from ... import anything
