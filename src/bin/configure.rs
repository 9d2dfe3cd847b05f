//! The configurator (`configure.html`): a page for a clinic's staff, built by Trunk as a wasm
//! of its own, so that no patient downloads its code (see `ui::configure`).

#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn main() {
    careplanner::ui::configure::start();
}
