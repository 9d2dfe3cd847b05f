//! Benchmark placeholder, replaced by the engine work.
fn main() {}
