//! The `time` module's clocks and `sleep` (CPython's `Modules/timemodule.c`): `time` is the
//! system clock, `monotonic`/`perf_counter` a monotonic clock counted from the first use in
//! this process (CPython's count from boot; only differences mean anything), and
//! `process_time` the CPU time from `/proc/self/schedstat` (0 where it cannot be read).
//! `sleep` sleeps in short slices so a Ctrl-C raises KeyboardInterrupt promptly.

use std::sync::OnceLock;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use crate::builtins::args::{no_args, one_arg};
use crate::errors::{ExcKind, PyResult};
use crate::mathmodule::new_builtin_module;
use crate::object::ObjRef;
use crate::runtime::Runtime;
use crate::types::builtin_fn::BuiltinFn;
use crate::types::{float, int};

type Kw<'a> = Option<&'a ObjRef>;

fn wall_ns() -> u128 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos())
}

fn monotonic_ns() -> u128 {
    static START: OnceLock<Instant> = OnceLock::new();
    START.get_or_init(Instant::now).elapsed().as_nanos()
}

fn process_ns() -> u128 {
    std::fs::read_to_string("/proc/self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse().ok())
        .unwrap_or(0)
}

/// A clock in seconds (a float) or in nanoseconds (an int).
fn clock(
    rt: &Runtime,
    a: &[ObjRef],
    kw: Kw,
    name: &str,
    ns: bool,
    f: fn() -> u128,
) -> PyResult<ObjRef> {
    no_args(rt, name, a, kw)?;
    let t = f();
    if ns {
        return Ok(rt.new_int(i64::try_from(t).unwrap_or(i64::MAX))?);
    }
    Ok(rt.new_float(t as f64 * 1e-9)?)
}

macro_rules! clocks {
    ($($fname:ident, $pyname:literal, $ns:expr, $f:expr;)*) => {
        $(
            fn $fname(rt: &Runtime, _: Option<&ObjRef>, a: &[ObjRef], kw: Kw) -> PyResult<ObjRef> {
                clock(rt, a, kw, concat!("time.", $pyname), $ns, $f)
            }
        )*
    };
}

clocks! {
    t_time, "time", false, wall_ns;
    t_time_ns, "time_ns", true, wall_ns;
    t_monotonic, "monotonic", false, monotonic_ns;
    t_monotonic_ns, "monotonic_ns", true, monotonic_ns;
    t_perf_counter, "perf_counter", false, monotonic_ns;
    t_perf_counter_ns, "perf_counter_ns", true, monotonic_ns;
    t_process_time, "process_time", false, process_ns;
    t_process_time_ns, "process_time_ns", true, process_ns;
}

/// `time.sleep(secs)`: a float or int of seconds, non-negative.
fn t_sleep(rt: &Runtime, _: Option<&ObjRef>, a: &[ObjRef], kw: Kw) -> PyResult<ObjRef> {
    let x = one_arg(rt, "time.sleep", a, kw)?;
    // _PyTime_t holds nanoseconds in an i64; the overflow texts differ by argument type.
    const MAX_SECS: f64 = i64::MAX as f64 / 1e9;
    let secs = match (float::as_f64(x), int::value(x)) {
        (Some(v), _) => {
            if v.is_nan() {
                return Err(rt.value_error("Invalid value NaN (not a number)"));
            }
            if v.abs() >= MAX_SECS {
                return Err(rt.overflow_error("timestamp out of range for platform time_t"));
            }
            v
        }
        (None, Some(v)) => match v.to_i64().filter(|s| s.unsigned_abs() < 9_223_372_036) {
            Some(s) => s as f64,
            None => return Err(rt.overflow_error("timestamp too large to convert to C _PyTime_t")),
        },
        (None, None) => {
            return Err(rt.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                crate::ops::type_name(x)
            )))
        }
    };
    if secs < 0.0 {
        return Err(rt.value_error("sleep length must be non-negative"));
    }
    let deadline = Instant::now() + Duration::from_nanos((secs * 1e9) as u64);
    loop {
        if rt.take_interrupt() {
            return Err(rt.new_err_empty(ExcKind::KeyboardInterrupt));
        }
        let now = Instant::now();
        if now >= deadline {
            break;
        }
        std::thread::sleep((deadline - now).min(Duration::from_millis(20)));
    }
    Ok(rt.none().clone())
}

const FUNCTIONS: &[(&str, BuiltinFn)] = &[
    ("monotonic", t_monotonic),
    ("monotonic_ns", t_monotonic_ns),
    ("perf_counter", t_perf_counter),
    ("perf_counter_ns", t_perf_counter_ns),
    ("process_time", t_process_time),
    ("process_time_ns", t_process_time_ns),
    ("sleep", t_sleep),
    ("time", t_time),
    ("time_ns", t_time_ns),
];

/// A new `time` module (the importer registers it in `sys.modules`).
pub fn new_time_module(rt: &Runtime) -> PyResult<ObjRef> {
    let (m, d) = new_builtin_module(rt, "time", FUNCTIONS)?;
    // Marks it built-in for the module repr, as sys is.
    crate::sysmodule::set(rt, &d, "__builtin__", rt.bool_obj(true).clone())?;
    Ok(m)
}
