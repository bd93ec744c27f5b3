//! Generates the LR parser from `grammar/python.lalrpop` (kept outside the crate so the
//! grammar reads as a document of its own).
fn main() {
    lalrpop::Configuration::new()
        .set_in_dir("../../grammar")
        .set_out_dir(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"))
        // Without this, edits to a grammar outside the crate are silently ignored.
        .emit_rerun_directives(true)
        .process()
        .expect("lalrpop failed to process grammar/");
}
