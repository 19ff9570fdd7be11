//! The tools page in the browser (`sandbox.html`): see `attune::tools::start`.

fn main() {
    attune::tools::start();
}
