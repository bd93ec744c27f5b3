//! The `rattle` binary (placeholder until the front end lands).
fn main() {}
