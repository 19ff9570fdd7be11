//! The embedding configuration: what a practice's page may set, and how bad values are reported.

use attune_engine::embed::{contrast, CallToAction, EmbedConfig, HelpLine, Scheme};

const SCENARIOS: [&str; 3] = ["saying-no", "rescue-and-enable", "partner-pulling-away"];
const LANGUAGES: [&str; 2] = ["en", "es"];

fn parse(pairs: &[(&str, &str)]) -> (EmbedConfig, Vec<String>) {
    EmbedConfig::parse(pairs.iter().copied(), &SCENARIOS, &LANGUAGES)
}

#[test]
fn no_parameters_is_attune_on_its_own_site() {
    assert_eq!(parse(&[]), (EmbedConfig::default(), vec![]));
}

#[test]
fn every_setting_is_read() {
    let (config, problems) = parse(&[
        ("scenarios", "rescue-and-enable, saying-no"),
        ("start", "saying-no"),
        ("theme", "dark"),
        ("accent", "#1A5E63"),
        ("font", "Georgia, 'Times New Roman', serif"),
        ("radius", "4"),
        ("practice", "Riverside Counselling"),
        ("cta-label", "Book a first session"),
        ("cta-url", "https://riverside.example/book"),
        ("help-text", "Our crisis line, every day"),
        ("help-phone", "+1 (555) 010-0199"),
        ("help-url", "https://riverside.example/help"),
        ("hide", "notes,sources"),
        ("host", "https://riverside.example"),
        ("events", "on"),
        ("locale", "es"),
        ("private", "1"),
        ("exit-url", "https://riverside.example/weather"),
    ]);
    assert_eq!(problems, Vec::<String>::new());
    assert_eq!(
        config,
        EmbedConfig {
            scenarios: Some(vec!["rescue-and-enable".into(), "saying-no".into()]),
            start: Some("saying-no".into()),
            scheme: Scheme::Dark,
            accent: Some("#1a5e63".into()),
            font: Some("Georgia, 'Times New Roman', serif".into()),
            radius: Some(4),
            practice: Some("Riverside Counselling".into()),
            call_to_action: Some(CallToAction {
                label: "Book a first session".into(),
                url: "https://riverside.example/book".into()
            }),
            help: Some(HelpLine {
                text: "Our crisis line, every day".into(),
                phone: "+1 (555) 010-0199".into(),
                url: "https://riverside.example/help".into()
            }),
            hide_notes: true,
            hide_pattern: false,
            hide_sources: true,
            host: Some("https://riverside.example".into()),
            events: true,
            locale: Some("es".into()),
            private: true,
            exit_url: Some("https://riverside.example/weather".into()),
        }
    );
}

#[test]
fn a_quick_exit_elsewhere_than_https_and_an_unclear_private_are_refused() {
    let (config, problems) = parse(&[("exit-url", "javascript:alert(1)"), ("private", "maybe")]);
    assert_eq!(config.exit_url, None);
    assert!(!config.private);
    assert_eq!(
        problems,
        vec![
            "“exit-url”: must be an https:// address".to_string(),
            "“private”: must be on or off".to_string(),
        ]
    );
}

#[test]
fn bad_values_are_named_and_left_at_their_defaults_while_the_rest_applies() {
    let (config, problems) = parse(&[
        ("scenarios", "saying-no,nope"),
        ("accent", "red; background: url(https://evil.example)"),
        ("font", "x; } body { display: none"),
        ("radius", "400"),
        ("cta-url", "javascript:alert(1)"),
        ("help-phone", "call us"),
        ("theme", "neon"),
        ("locale", "fr"),
        ("colour", "#fff"),
        ("practice", "Riverside"),
    ]);
    assert_eq!(config.scenarios, Some(vec!["saying-no".to_string()]));
    assert_eq!(config.practice.as_deref(), Some("Riverside"));
    assert_eq!(
        (config.accent, config.font, config.radius),
        (None, None, None)
    );
    assert_eq!(config.call_to_action, None);
    assert_eq!(config.scheme, Scheme::Device);
    let all = problems.join("\n");
    for expected in [
        "“scenarios”: there is no scenario “nope”",
        "“accent”: must be a colour",
        "“font”: must be a list of font names",
        "“radius”: must be a number of pixels from 0 to 32",
        "“cta-url”: must be an https:// address",
        "“help-phone”: must be a phone number",
        "“theme”: must be light, dark or system",
        "“colour”: is not a setting Attune knows",
        "“locale”: must be one of: en, es",
    ] {
        assert!(all.contains(expected), "missing {expected:?} in:\n{all}");
    }
}

#[test]
fn a_language_attune_has_is_taken_whatever_its_case() {
    let (config, problems) = parse(&[("locale", "ES")]);
    assert_eq!(config.locale.as_deref(), Some("es"));
    assert!(problems.is_empty(), "{problems:?}");
    let (config, _) = parse(&[("locale", "")]);
    assert_eq!(config.locale, None);
}

#[test]
fn half_a_call_to_action_and_events_without_a_host_are_problems() {
    let (config, problems) = parse(&[("cta-label", "Book"), ("events", "on")]);
    assert_eq!(config.call_to_action, None);
    assert!(!config.events);
    assert_eq!(problems.len(), 2, "{problems:?}");
}

#[test]
fn values_are_length_limited_and_problems_capped() {
    let long = "a".repeat(600);
    let (config, problems) = parse(&[("practice", long.as_str())]);
    assert_eq!(config.practice, None);
    assert_eq!(problems, vec!["“practice”: is too long".to_string()]);
    let many: Vec<(String, String)> = (0..50).map(|i| (format!("x{i}"), "1".into())).collect();
    let (_, problems) = EmbedConfig::parse(
        many.iter().map(|(a, b)| (a.as_str(), b.as_str())),
        &SCENARIOS,
        &LANGUAGES,
    );
    assert_eq!(problems.len(), 10);
}

#[test]
fn a_hosts_origin_must_be_only_an_origin() {
    for bad in [
        "riverside.example",
        "https://a.example/path",
        "javascript://x",
        "https://a b",
    ] {
        let (config, problems) = parse(&[("host", bad)]);
        assert_eq!(config.host, None, "{bad}");
        assert_eq!(problems.len(), 1, "{bad}");
    }
    let (config, _) = parse(&[("host", "http://localhost:8000")]);
    assert_eq!(config.host.as_deref(), Some("http://localhost:8000"));
}

#[test]
fn the_chosen_scenarios_come_in_the_chosen_order() {
    let (config, _) = parse(&[("scenarios", "partner-pulling-away,saying-no,saying-no")]);
    let ordered = config.order(SCENARIOS.to_vec(), |id| id);
    assert_eq!(ordered, vec!["partner-pulling-away", "saying-no"]);
    assert!(!config.offers("rescue-and-enable"));
    assert_eq!(
        EmbedConfig::default().order(SCENARIOS.to_vec(), |id| id),
        SCENARIOS.to_vec()
    );
}

#[test]
fn contrast_matches_wcag_reference_values() {
    let ratio = |a, b| (contrast(a, b).unwrap() * 100.0).round() / 100.0;
    assert!((ratio("#000", "#fff") - 21.0).abs() < 0.15);
    assert!((ratio("#767676", "#ffffff") - 4.54).abs() < 0.05);
    assert!(contrast("#2f6f73", "#fbf8f3").unwrap() > 4.5);
    assert!(contrast("#ffdd00", "#ffffff").unwrap() < 4.5);
    assert_eq!(contrast("red", "#fff"), None);
}
