//! The learner's saved profile: what is written is read back, damage is reported, saved places are resumed.

mod common;

use attune_engine::profile::{Profile, ProfileProblem, Settings, TextSize, Theme};
use attune_engine::{Playthrough, Scenario};

fn demo() -> Scenario {
    common::load_demo_with(str::to_string).library.scenarios[0].clone()
}

fn played(scenario: &Scenario, choices: &[&str]) -> Playthrough {
    let mut play = Playthrough::start(scenario);
    for choice in choices {
        play.choose(scenario, choice).unwrap();
        play.advance(scenario).unwrap();
    }
    play
}

#[test]
fn a_profile_round_trips_with_progress_notes_and_settings() {
    let scenario = demo();
    let mut profile = Profile::default();
    let mut play = played(&scenario, &["reach-out"]);
    play.choose(&scenario, "ask").unwrap();
    profile.record(&scenario, &play);
    profile.set_note(
        "demo",
        "first",
        "I always reach first.\n\nWhy?  “Because” — 🌧️",
    );
    profile.settings = Settings {
        text_size: TextSize::Larger,
        theme: Theme::Dark,
        reduce_motion: true,
    };
    assert_eq!(Profile::decode(&profile.encode()), Ok(profile));
}

#[test]
fn reaching_an_ending_marks_a_scenario_completed_and_it_stays_so() {
    let scenario = demo();
    let mut profile = Profile::default();
    profile.record(&scenario, &played(&scenario, &["reach-out"]));
    assert!(!profile.play("demo").unwrap().completed);
    profile.record(&scenario, &played(&scenario, &["reach-out", "ask"]));
    assert!(profile.play("demo").unwrap().completed);
    profile.record(&scenario, &Playthrough::start(&scenario));
    assert!(
        profile.play("demo").unwrap().completed,
        "starting again does not undo having finished"
    );
    assert_eq!(profile.plays.len(), 1);
}

#[test]
fn notes_are_set_replaced_and_removed_when_emptied() {
    let mut profile = Profile::default();
    profile.set_note("demo", "first", "one");
    profile.set_note("demo", "first", "two");
    assert_eq!(profile.note("demo", "first"), Some("two"));
    assert_eq!(profile.notes.len(), 1);
    profile.set_note("demo", "first", "  ");
    assert_eq!(profile.note("demo", "first"), None);
}

#[test]
fn a_saved_place_is_resumed_when_it_still_fits_the_content() {
    let scenario = demo();
    let mut play = played(&scenario, &["reach-out"]);
    play.choose(&scenario, "ask").unwrap();
    assert_eq!(
        Playthrough::restore(&scenario, play.path()),
        Some(play.clone())
    );

    // Content changed since: a step or response that no longer exists means a fresh start.
    let mut stale = play.path().to_vec();
    stale[0].chosen = Some("gone".into());
    assert_eq!(Playthrough::restore(&scenario, &stale), None);
    let mut jumped = play.path().to_vec();
    jumped[1].step = "quiet-end".into();
    assert_eq!(Playthrough::restore(&scenario, &jumped), None);
    assert_eq!(Playthrough::restore(&scenario, &[]), None);
}

#[test]
fn damaged_or_foreign_profiles_are_reported_never_panicked_on() {
    assert_eq!(
        Profile::decode("attune-profile 99\n…"),
        Err(ProfileProblem::OtherVersion)
    );
    assert!(matches!(
        Profile::decode("{\"json\": true}"),
        Err(ProfileProblem::Unreadable(_))
    ));
    let scenario = demo();
    let mut profile = Profile::default();
    profile.record(&scenario, &played(&scenario, &["reach-out"]));
    profile.set_note("demo", "second", "a note");
    let encoded = profile.encode();
    for end in 0..encoded.len() {
        if encoded.is_char_boundary(end) {
            assert!(
                Profile::decode(&encoded[..end]).is_err(),
                "truncated at {end}"
            );
        }
    }
}

#[test]
fn importing_merges_progress_and_notes_and_keeps_local_settings() {
    let scenario = demo();
    let mut here = Profile::default();
    here.set_note("demo", "first", "old");
    here.set_note("demo", "second", "only here");
    here.settings.theme = Theme::Dark;
    let mut imported = Profile::default();
    imported.record(&scenario, &played(&scenario, &["reach-out"]));
    imported.set_note("demo", "first", "new");
    imported.settings.theme = Theme::Light;
    here.merge(imported);
    assert_eq!(here.note("demo", "first"), Some("new"));
    assert_eq!(here.note("demo", "second"), Some("only here"));
    assert_eq!(here.play("demo").unwrap().path.len(), 2);
    assert_eq!(here.settings.theme, Theme::Dark);
}

#[test]
fn a_version_1_profile_is_migrated_keeping_every_note() {
    // Written by the first release: notes carried no date.
    let v1 = "attune-profile 1\n1#4:demo4:open1#5:first-1#4:demo5:first14:I reach first.6:normal4:dark6:reduce";
    let profile = Profile::decode(v1).expect("version 1 is read and migrated");
    assert_eq!(profile.note("demo", "first"), Some("I reach first."));
    assert_eq!(profile.notes[0].written, None);
    assert_eq!(profile.play("demo").unwrap().path.len(), 1);
    assert_eq!(
        profile.settings,
        Settings {
            text_size: TextSize::Normal,
            theme: Theme::Dark,
            reduce_motion: true
        }
    );
    // Saved again, it is written in the current version and reads back the same.
    let saved = profile.encode();
    assert!(saved.starts_with("attune-profile 2\n"));
    assert_eq!(Profile::decode(&saved), Ok(profile));
}

#[test]
fn notes_remember_when_they_were_written() {
    let mut profile = Profile::default();
    profile.write_note("demo", "first", "dated", Some(1_795_362_300_000));
    assert_eq!(Profile::decode(&profile.encode()), Ok(profile.clone()));
    assert_eq!(english_date(1_795_362_300_000), "22 November 2026");
    assert_eq!(english_date(1_709_214_300_000), "29 February 2024");
    assert_eq!(english_date(951_918_300_000), "1 March 2000");
    assert_eq!(english_date(946_647_900_000), "31 December 1999");
    assert_eq!(english_date(0), "1 January 1970");
}

fn english_date(ms: u64) -> String {
    common::export_words("").date(ms)
}

#[test]
fn dates_read_naturally_in_spanish() {
    assert_eq!(
        common::export_words("es").date(1_795_362_300_000),
        "22 de noviembre de 2026"
    );
}
