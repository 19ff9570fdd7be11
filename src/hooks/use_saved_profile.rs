//! The learner's profile, read from this browser's storage at start and kept there after each change.

use yew::prelude::*;

use crate::profile::{ProfileAction, ProfileHandle, ProfileState};

/// The profile as the app's state. Storage is told in an effect, after the change is drawn, so
/// the reducer stays pure. A save that fails keeps the change for this visit and says so (the
/// store itself writes nothing during a private visit or where storage is blocked).
#[hook]
pub fn use_saved_profile() -> ProfileHandle {
    let profile = use_reducer(ProfileState::load);
    {
        let profile = profile.clone();
        use_effect_with(profile.writes, move |_| {
            if let Some(saved) = profile.tell_storage() {
                profile.dispatch(ProfileAction::Saved(saved));
            }
        });
    }
    profile
}
