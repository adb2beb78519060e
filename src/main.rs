//! Entry point of the web app (built by Trunk for wasm32).

fn main() {
    // In a task of its own, after the one that instantiated the WebAssembly: two shorter tasks instead of one
    // long one (README «Først læsbar, så interaktiv»).
    leptos::prelude::set_timeout(ressourceguiden::ui::start, std::time::Duration::ZERO);
}
