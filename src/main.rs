// Talc instead of Rust's default wasm allocator (dlmalloc): 3 KB gzip less to download for
// everyone. Measured (scripts/bench.sh), writing the 4-session agenda takes about 2 ms more;
// building and showing the plan stays within the noise of the run.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn main() {
    careplanner::ui::start();
}
