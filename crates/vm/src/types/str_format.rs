//! String formatting on `str` objects: `str.format` and `str.format_map` (driving
//! `pyfmt::strformat` with the VM's field lookups) and the `%` operator (driving
//! `pyfmt::percent`).

use crate::errors::PyResult;
use crate::object::ObjRef;
use crate::runtime::Runtime;

/// `str.format(*args, **kwargs)`.
pub(crate) fn method_format(
    rt: &Runtime,
    _this: Option<&ObjRef>,
    _args: &[ObjRef],
    _kwnames: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    Err(rt.new_err(
        crate::errors::ExcKind::NotImplementedError,
        "str.format is not supported yet",
    ))
}

/// `str.format_map(mapping)`.
pub(crate) fn method_format_map(
    rt: &Runtime,
    _this: Option<&ObjRef>,
    _args: &[ObjRef],
    _kwnames: Option<&ObjRef>,
) -> PyResult<ObjRef> {
    Err(rt.new_err(
        crate::errors::ExcKind::NotImplementedError,
        "str.format_map is not supported yet",
    ))
}
