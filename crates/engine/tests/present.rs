//! Presenter mode: keys follow reveal.js where it has a convention; the screen starts each step held.

use attune_engine::present::{Command, Hands, Lens, Screen};

fn key(key: &str) -> Option<Command> {
    let code = match key {
        "1" => "Digit1",
        "9" => "Digit9",
        _ => "",
    };
    Command::for_key(key, code, false, false)
}

#[test]
fn keys_follow_reveal_js_where_it_has_a_convention() {
    for next in ["ArrowRight", " ", "PageDown", "n", "N", "ArrowDown"] {
        assert_eq!(key(next), Some(Command::Next), "{next:?}");
    }
    for back in ["ArrowLeft", "PageUp", "p", "ArrowUp"] {
        assert_eq!(key(back), Some(Command::Back), "{back:?}");
    }
    assert_eq!(key("b"), Some(Command::Blank));
    assert_eq!(key("."), Some(Command::Blank));
    assert_eq!(key("f"), Some(Command::Fullscreen));
    assert_eq!(key("s"), Some(Command::Speaker));
    assert_eq!(key("?"), Some(Command::Help));
    assert_eq!(key("r"), Some(Command::Reveal));
    assert_eq!(key("C"), Some(Command::Compare));
    assert_eq!(key("l"), Some(Command::Lens));
    assert_eq!(key("Escape"), Some(Command::Close));
    assert_eq!(key("x"), None);
    assert_eq!(
        key("Tab"),
        None,
        "Tab stays the browser's, for keyboard focus"
    );
    assert_eq!(key("Enter"), None, "Enter stays the focused button's");
}

#[test]
fn digits_pick_and_shifted_digits_count_hands_whatever_the_layout() {
    assert_eq!(key("1"), Some(Command::Pick(0)));
    assert_eq!(key("9"), Some(Command::Pick(8)));
    // Shift+1 is "!" on a US keyboard and something else elsewhere: the code decides.
    assert_eq!(
        Command::for_key("!", "Digit1", true, false),
        Some(Command::AddHand(0))
    );
    assert_eq!(
        Command::for_key("&", "Digit7", true, false),
        Some(Command::AddHand(6))
    );
    assert_eq!(
        Command::for_key("3", "Numpad3", false, false),
        Some(Command::Pick(2))
    );
    assert_eq!(Command::for_key("0", "Digit0", false, false), None);
    // Ctrl, Alt and Meta belong to the browser (Ctrl+R reloads, Alt+← goes back).
    assert_eq!(Command::for_key("r", "KeyR", false, true), None);
    assert_eq!(Command::for_key("1", "Digit1", false, true), None);
}

#[test]
fn a_step_starts_held_and_the_screen_toggles_as_asked() {
    let mut screen = Screen::default();
    assert!(!screen.revealed && !screen.comparing && !screen.blank);
    assert!(screen.apply(Command::Reveal));
    assert!(screen.revealed);
    assert!(screen.apply(Command::Compare));
    assert!(screen.apply(Command::Lens));
    assert_eq!(screen.lens, Lens::Attachment);
    screen.apply(Command::Lens);
    assert_eq!(screen.lens, Lens::Codependency);
    screen.apply(Command::Blank);
    screen.apply(Command::Help);
    // Escape closes the top layer first: help, then blank, then compare.
    screen.apply(Command::Close);
    assert!(!screen.help && screen.blank && screen.comparing);
    screen.apply(Command::Close);
    assert!(!screen.blank && screen.comparing);
    screen.apply(Command::Close);
    assert!(!screen.comparing);
    assert!(
        !screen.apply(Command::Next),
        "moving is not the screen's business"
    );
    screen.apply(Command::Reveal);
    screen.new_step();
    assert!(
        !screen.revealed,
        "a new step is held until the room has had its say"
    );
    assert_eq!(screen.lens, Lens::Codependency, "the lens emphasis stays");
    screen.apply(Command::Lens);
    assert_eq!(screen.lens, Lens::Both);
}

#[test]
fn hands_are_counted_per_step_and_response_never_below_zero() {
    let mut hands = Hands::default();
    assert_eq!(hands.at("first", 3), vec![0, 0, 0]);
    hands.add("first", 1, 3);
    hands.add("first", 1, 3);
    hands.add("first", 2, 3);
    hands.add("first", 5, 3); // no such response
    assert_eq!(hands.at("first", 3), vec![0, 2, 1]);
    assert_eq!(hands.at("second", 3), vec![0, 0, 0]);
    hands.remove("first", 2);
    hands.remove("first", 2);
    hands.remove("first", 0);
    hands.remove("nowhere", 0);
    assert_eq!(hands.at("first", 3), vec![0, 2, 0]);
}

use attune_engine::present::{Message, Shown};

#[test]
fn the_speaker_view_and_the_screen_understand_each_other_and_nothing_else() {
    let shown = Shown {
        scenario: "saying-no".into(),
        step: "the-ask".into(),
        chosen: Some("say-yes".into()),
        screen: Screen {
            revealed: true,
            comparing: false,
            lens: Lens::Codependency,
            blank: false,
            help: false,
            code: false,
        },
        offered: vec!["say-yes".into(), "say-no".into(), "not-now".into()],
        hands: vec![3, 0, 12],
        facts: vec!["said-no-before".into()],
    };
    for message in [
        Message::Shown(shown.clone()),
        Message::Shown(Shown {
            chosen: None,
            hands: vec![],
            facts: vec![],
            ..shown.clone()
        }),
        Message::Hello,
        Message::Command(Command::Next),
        Message::Command(Command::Pick(2)),
        Message::Command(Command::AddHand(8)),
        Message::Command(Command::RemoveHand(0)),
        Message::Command(Command::Close),
    ] {
        let wire = message.to_wire().unwrap();
        assert_eq!(Message::from_wire(&wire), Some(message), "{wire}");
    }
    assert_eq!(
        Message::Shown(shown).to_wire().unwrap(),
        "attune-present 2|shown|saying-no|the-ask|say-yes|100|codependency|say-yes,say-no,not-now|3,0,12|said-no-before"
    );
    // Each window keeps these to itself.
    assert_eq!(Message::Command(Command::Fullscreen).to_wire(), None);
    assert_eq!(Message::Command(Command::Speaker).to_wire(), None);
    for foreign in [
        "",
        "hello",
        "attune-present 3|hello",
        "attune-present 1|shown|saying-no|the-ask||100|both|||",
        "attune-present 2|hello|extra",
        "attune-present 2|command|format-disk",
        "attune-present 2|command|pick:9",
        "attune-present 2|command|pick:-1",
        "attune-present 2|shown|saying-no|the-ask||10|both|||",
        "attune-present 2|shown|Saying No|the-ask||100|both|||",
        "attune-present 2|shown|saying-no|the-ask||102|both|||",
        "attune-present 2|shown|saying-no|the-ask||100|sideways|||",
        "attune-present 2|shown|saying-no|the-ask||100|both||1,x|",
        "attune-present 2|shown|saying-no|the-ask||100|both|a,B|1|",
        "attune-present 2|shown|saying-no|the-ask||100|both||",
        "attune-present 2|shown|saying-no|the-ask|<script>|100|both|||",
        "attune-present 2|shown|saying-no|the-ask||100|both|||Not A Fact",
    ] {
        assert_eq!(Message::from_wire(foreign), None, "{foreign:?}");
    }
    let long = format!(
        "attune-present 2|shown|a|b||100|both|||{}",
        "a,".repeat(600)
    );
    assert_eq!(Message::from_wire(&long), None);
}

#[test]
fn q_shows_a_code_for_phones_that_leads_to_this_step_at_the_public_address() {
    assert_eq!(key("q"), Some(Command::Code));
    let mut screen = Screen::default();
    screen.apply(Command::Code);
    assert!(screen.code);
    screen.apply(Command::Close);
    assert!(!screen.code, "Escape closes it");
    use attune_engine::present::participant_link as link;
    assert_eq!(
        link("https://practice.example/attune/", "saying-no", "the-ask"),
        Ok("https://practice.example/attune/#/scenario/saying-no/the-ask".to_string())
    );
    assert_eq!(
        link(" https://practice.example/attune ", "saying-no", "the-ask"),
        Ok("https://practice.example/attune/#/scenario/saying-no/the-ask".to_string())
    );
    assert_eq!(
        link("http://192.168.1.20:8080/index.html", "a", "b"),
        Ok("http://192.168.1.20:8080/index.html#/scenario/a/b".to_string())
    );
    for bad in [
        "",
        "practice.example",
        "ftp://practice.example/",
        "javascript:alert(1)",
        "https://",
        "https:///path",
        "https://practice.example/a b",
        "https://practice.example/#/x",
        "https://practice.example/?embed=1",
        "https://practice.example/\"onload=",
    ] {
        assert!(link(bad, "a", "b").is_err(), "{bad:?}");
    }
    assert!(link(&format!("https://{}.example/", "a".repeat(200)), "a", "b").is_err());
    assert!(link("https://practice.example/", "Not An Id", "b").is_err());
}

#[test]
fn a_participant_link_opens_in_the_rooms_language() {
    use attune_engine::present::in_language;
    let link = "https://practice.example/attune/#/scenario/saying-no/the-ask";
    assert_eq!(
        in_language(link, "es"),
        "https://practice.example/attune/?locale=es#/scenario/saying-no/the-ask"
    );
    assert_eq!(in_language(link, "en"), link, "English needs nothing");
    assert_eq!(in_language(link, "x&y=1"), link, "only a language code");
}
