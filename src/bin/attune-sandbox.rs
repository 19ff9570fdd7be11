//! "See the cycle" in the browser (`sandbox.html`): see `attune::tools::start_sandbox`.

fn main() {
    attune::tools::start_sandbox();
}
