//! Shared helpers for the script suites under `tests/` (placeholder).
