from ..sub import where
from . import INNER
from .. import inner
import pkgs.sub


def level():
    return (__name__, __package__, where(), INNER, inner.INNER, pkgs.sub.TITLE)
