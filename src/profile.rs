//! The learner's profile as app-wide Yew state: a thin reducer over the engine's `Profile`, saved on every change.

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
}

#[derive(Debug, PartialEq)]
pub struct ProfileState {
    pub profile: Profile,
    pub notice: Option<Notice>,
    store: Rc<Store>,
}

impl ProfileState {
    pub fn load() -> Self {
        let (store, profile, notice) = Store::open();
        ProfileState {
            profile,
            notice,
            store: Rc::new(store),
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
                self.store.delete_all();
                return Rc::new(ProfileState {
                    profile: Profile {
                        settings: Settings::default(),
                        ..Profile::default()
                    },
                    notice: Some(Notice::Deleted),
                    store: self.store.clone(),
                });
            }
            ProfileAction::DismissNotice => {
                return Rc::new(ProfileState {
                    profile,
                    notice: None,
                    store: self.store.clone(),
                });
            }
        }
        if profile == self.profile {
            return self;
        }
        // A failed save keeps the change in memory and says so; a later success clears the notice.
        let notice = match self.store.save(&profile) {
            Ok(()) if self.notice == Some(Notice::SaveFailed) => None,
            Ok(()) => self.notice,
            Err(notice) => Some(notice),
        };
        Rc::new(ProfileState {
            profile,
            notice,
            store: self.store.clone(),
        })
    }
}

pub type ProfileHandle = UseReducerHandle<ProfileState>;

/// The profile from anywhere inside the app.
#[hook]
pub fn use_profile() -> ProfileHandle {
    use_context::<ProfileHandle>().expect("the app provides the profile")
}
