//! The learner's app in the browser (`index.html`): see `attune::start_app`.

fn main() {
    attune::start_app();
}
