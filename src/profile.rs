//! The learner's profile as app-wide Yew state: a thin reducer over the engine's `Profile`.
//!
//! The reducer only changes state. It notes what storage must be told (`Write`), and
//! `hooks::use_saved_profile` tells storage in an effect, reporting back how a save went
//! (`ProfileAction::Saved`).

use std::rc::Rc;

use attune_engine::profile::{Profile, Settings};
use attune_engine::{Playthrough, Scenario};
use yew::prelude::*;

use crate::storage::{Notice, Store};

pub enum ProfileAction {
    Record(&'static Scenario, Playthrough),
    SetNote {
        scenario: String,
        step: String,
        text: String,
    },
    SetSettings(Settings),
    /// Progress and notes read from an exported file.
    Import(Profile),
    DeleteAll,
    DismissNotice,
    /// How saving the latest change went (sent by the effect that saves).
    Saved(Result<(), Notice>),
}

#[derive(Debug, PartialEq)]
pub struct ProfileState {
    pub profile: Profile,
    pub notice: Option<Notice>,
    pub(crate) store: Rc<Store>,
    /// What storage must be told about the latest change.
    pub(crate) write: Write,
    /// Counts the changes storage must be told about, so the saving effect runs once for each.
    pub(crate) writes: u32,
}

/// What storage must do after a change.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Write {
    Nothing,
    Save,
    /// Everything was deleted, as asked.
    Wipe,
    /// A change came after deleting everything: the wipe comes first, whether or not it has been
    /// done already (wiping twice is harmless; skipping it is not).
    WipeThenSave,
}

impl ProfileState {
    pub fn load() -> Self {
        let (store, profile, notice) = Store::open(crate::embed::is_private());
        ProfileState {
            profile,
            notice,
            store: Rc::new(store),
            write: Write::Nothing,
            writes: 0,
        }
    }

    /// Tells storage what the latest change needs; for a save, how it went.
    pub(crate) fn tell_storage(&self) -> Option<Result<(), Notice>> {
        if matches!(self.write, Write::Wipe | Write::WipeThenSave) {
            self.store.delete_all();
        }
        matches!(self.write, Write::Save | Write::WipeThenSave)
            .then(|| self.store.save(&self.profile))
    }

    /// The same state with another profile and notice (and storage's to-do as it is).
    fn with(&self, profile: Profile, notice: Option<Notice>) -> ProfileState {
        ProfileState {
            profile,
            notice,
            store: self.store.clone(),
            ..*self
        }
    }
}

impl Reducible for ProfileState {
    type Action = ProfileAction;

    fn reduce(self: Rc<Self>, action: ProfileAction) -> Rc<Self> {
        let mut profile = self.profile.clone();
        match action {
            ProfileAction::Record(scenario, playthrough) => profile.record(scenario, &playthrough),
            ProfileAction::SetNote {
                scenario,
                step,
                text,
            } => profile.write_note(&scenario, &step, &text, Some(js_sys::Date::now() as u64)),
            ProfileAction::SetSettings(settings) => profile.settings = settings,
            ProfileAction::Import(imported) => profile.merge(imported),
            ProfileAction::DeleteAll => {
                let deleted = Profile {
                    settings: Settings::default(),
                    ..Profile::default()
                };
                return Rc::new(ProfileState {
                    write: Write::Wipe,
                    writes: self.writes + 1,
                    ..self.with(deleted, Some(Notice::Deleted))
                });
            }
            ProfileAction::DismissNotice => return Rc::new(self.with(profile, None)),
            // A failed save keeps the change in memory and says so; a later success clears the notice.
            ProfileAction::Saved(result) => {
                let notice = match result {
                    Ok(()) if self.notice == Some(Notice::SaveFailed) => None,
                    Ok(()) => self.notice,
                    Err(notice) => Some(notice),
                };
                if notice == self.notice {
                    return self;
                }
                return Rc::new(self.with(profile, notice));
            }
        }
        if profile == self.profile {
            return self;
        }
        Rc::new(ProfileState {
            write: match self.write {
                Write::Wipe => Write::WipeThenSave,
                _ => Write::Save,
            },
            writes: self.writes + 1,
            ..self.with(profile, self.notice)
        })
    }
}

pub type ProfileHandle = UseReducerHandle<ProfileState>;

/// The profile from anywhere inside the app.
#[hook]
pub fn use_profile() -> ProfileHandle {
    use_context::<ProfileHandle>().expect("the app provides the profile")
}
