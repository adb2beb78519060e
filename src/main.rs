//! Entry point of the web app (built by Trunk for wasm32).

fn main() {
    ressourceguiden::ui::start();
}
