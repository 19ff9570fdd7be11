//! The names under which Attune keeps things in this browser's localStorage, one definition for
//! the app and for the loader (`web/loader.js`), which reads two of them before the app starts.

/// Every key of Attune's begins with this, so deleting everything finds them all.
pub const PREFIX: &str = "attune.";

/// The learner's profile: progress, notes and settings (`profile.rs`).
pub const PROFILE: &str = "attune.profile";

/// Where a profile that could not be read is kept (never deleted), followed by the time.
pub const PROFILE_KEPT_ASIDE: &str = "attune.profile.kept-aside.";

/// The learner's choice of language, apart from the profile because it is needed before the
/// first paint.
pub const LANGUAGE: &str = "attune.language";

/// Written and removed at once, to find out whether this browser's storage takes writes.
pub const PROBE: &str = "attune.probe";

/// Presenter mode: the public address the facilitator last gave for phones.
pub const PRESENT_PUBLIC: &str = "attune.present.public";

/// Every key above, for checks that they all begin with `PREFIX`.
pub const ALL: [&str; 5] = [PROFILE, PROFILE_KEPT_ASIDE, LANGUAGE, PROBE, PRESENT_PUBLIC];
