//! The learner's profile in this browser's localStorage, where every failure becomes a notice, never lost notes.
//!
//! - Storage blocked (private mode, a sandboxed or third-party iframe): the app
//!   keeps everything in memory for this visit and says so.
//! - Stored data unreadable or from another version: it is copied aside under a
//!   new key (never deleted), and the app starts clean and says so. If it cannot
//!   even be copied, the app leaves it untouched and works in memory.
//! - A save that fails (storage full): the app says so; this visit keeps everything.

use attune_engine::profile::{Profile, ProfileProblem};
use attune_engine::storage_keys::{PREFIX, PROBE, PROFILE, PROFILE_KEPT_ASIDE};
use web_sys::Storage;

/// Something the learner should know about their saved data.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Notice {
    /// This browser does not let Attune keep anything between visits.
    NotKept,
    /// Saved data could not be read; it was kept aside and Attune started afresh.
    StartedClean,
    /// The last change could not be saved (storage full or blocked).
    SaveFailed,
    /// Everything was deleted, as asked.
    Deleted,
}

impl Notice {
    /// What the learner reads (in `content/ui.toml`, `[notice]`).
    pub fn message(self) -> crate::ui::Key {
        use crate::ui::Key;
        match self {
            Notice::NotKept => Key::NoticeNotKept,
            Notice::StartedClean => Key::NoticeStartedClean,
            Notice::SaveFailed => Key::NoticeSaveFailed,
            Notice::Deleted => Key::NoticeDeleted,
        }
    }
}

/// Where the profile lives: the browser's storage, or (when that is blocked) nowhere but memory.
#[derive(Debug, PartialEq)]
pub struct Store {
    storage: Option<Storage>,
}

impl Store {
    /// Opens the store and reads the saved profile, with a notice when something was wrong.
    pub fn open(private: bool) -> (Store, Profile, Option<Notice>) {
        // A private visit reads nothing and writes nothing: the profile lives in memory only.
        if private {
            return (Store { storage: None }, Profile::default(), None);
        }
        let Some(storage) = usable_storage() else {
            return (
                Store { storage: None },
                Profile::default(),
                Some(Notice::NotKept),
            );
        };
        let saved = match storage.get_item(PROFILE) {
            Ok(saved) => saved,
            Err(_) => {
                return (
                    Store { storage: None },
                    Profile::default(),
                    Some(Notice::NotKept),
                )
            }
        };
        let Some(saved) = saved else {
            return (
                Store {
                    storage: Some(storage),
                },
                Profile::default(),
                None,
            );
        };
        match Profile::decode(&saved) {
            Ok(profile) => (
                Store {
                    storage: Some(storage),
                },
                profile,
                None,
            ),
            Err(problem) => {
                if let ProfileProblem::Unreadable(e) = &problem {
                    web_sys::console::warn_1(
                        &format!("Attune: saved profile unreadable: {e}").into(),
                    );
                }
                let aside = format!("{PROFILE_KEPT_ASIDE}{}", js_sys::Date::now() as u64);
                if storage.set_item(&aside, &saved).is_ok() {
                    (
                        Store {
                            storage: Some(storage),
                        },
                        Profile::default(),
                        Some(Notice::StartedClean),
                    )
                } else {
                    // Could not keep a copy: leave the original alone rather than overwrite it.
                    (
                        Store { storage: None },
                        Profile::default(),
                        Some(Notice::NotKept),
                    )
                }
            }
        }
    }

    pub fn save(&self, profile: &Profile) -> Result<(), Notice> {
        match &self.storage {
            Some(storage) => storage
                .set_item(PROFILE, &profile.encode())
                .map_err(|_| Notice::SaveFailed),
            None => Ok(()),
        }
    }

    /// Deletes the profile and anything kept aside.
    pub fn delete_all(&self) {
        let Some(storage) = &self.storage else { return };
        let keys: Vec<String> = (0..storage.length().unwrap_or(0))
            .filter_map(|i| storage.key(i).ok().flatten())
            .filter(|key| key == PROFILE || key.starts_with(PROFILE_KEPT_ASIDE))
            .collect();
        for key in keys {
            let _ = storage.remove_item(&key);
        }
    }
}

/// Whether this browser holds anything of Attune's (progress, notes, settings, a language).
pub fn holds_anything() -> bool {
    attune_keys().is_some_and(|(_, keys)| !keys.is_empty())
}

/// Deletes everything Attune keeps in this browser, as a private visit begins.
pub fn forget_everything() {
    if let Some((storage, keys)) = attune_keys() {
        for key in keys {
            let _ = storage.remove_item(&key);
        }
    }
}

/// Every key of Attune's in localStorage (all begin `attune.`).
fn attune_keys() -> Option<(Storage, Vec<String>)> {
    let storage = web_sys::window()?.local_storage().ok()??;
    let keys = (0..storage.length().unwrap_or(0))
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|key| key.starts_with(PREFIX))
        .collect();
    Some((storage, keys))
}

/// localStorage, if this browser lets the page use it (it throws in sandboxed frames).
fn usable_storage() -> Option<Storage> {
    let storage = web_sys::window()?.local_storage().ok()??;
    // Some browsers hand out a storage that refuses every write.
    storage.set_item(PROBE, "1").ok()?;
    let _ = storage.remove_item(PROBE);
    Some(storage)
}
