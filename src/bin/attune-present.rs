//! Presenter mode in the browser (`present.html`): see `attune::tools::start_present`.

fn main() {
    attune::tools::start_present();
}
