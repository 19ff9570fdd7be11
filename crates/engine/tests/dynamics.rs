//! The "See the cycle" model's claims, each from the sources: directions, stable points and symmetry, not numbers.

use attune_engine::dynamics::{Feeling, Illness, Partner, Preset, Round, Setup, Shift, Ways};

const ROUNDS: u32 = 60;

fn last(setup: &Setup) -> Round {
    *setup.run(ROUNDS).last().unwrap()
}

fn with_b(b: impl FnOnce(&mut Ways)) -> Setup {
    let mut setup = Preset::Interdependence.setup();
    b(&mut setup.b);
    setup
}

fn with_a(a: impl FnOnce(&mut Ways)) -> Setup {
    let mut setup = Preset::Interdependence.setup();
    a(&mut setup.a);
    setup
}

fn close(x: &Feeling, y: &Feeling, within: f64) -> bool {
    (x.security - y.security).abs() < within
        && (x.strain - y.strain).abs() < within
        && (x.resentment - y.resentment).abs() < within
        && (x.agency - y.agency).abs() < within
}

#[test]
fn a_responsive_partner_eases_the_others_anxiety_a_withdrawing_one_feeds_it() {
    let responsive = last(&with_b(|b| b.responsiveness = 0.95));
    let withdrawing = last(&with_b(|b| b.responsiveness = 0.1));
    assert!(responsive.a.security > 0.75, "{responsive:?}");
    assert!(withdrawing.a.security < 0.4, "{withdrawing:?}");
    // And step by step: more responsiveness never makes the other less secure.
    let mut previous = 0.0;
    for r in 0..=10 {
        let security = last(&with_b(|b| b.responsiveness = f64::from(r) / 10.0))
            .a
            .security;
        assert!(security >= previous - 1e-12, "responsiveness {r}/10");
        previous = security;
    }
}

#[test]
fn withdrawal_feeds_pursuit_and_pursuit_feeds_withdrawal_in_a_spiral() {
    let run = Preset::PursueWithdraw.setup().run(ROUNDS);
    let (first, end) = (run[0], run[ROUNDS as usize - 1]);
    // A grows less secure (so reaches harder), B more strained (so answers less), round on round.
    assert!(end.a.security < first.a.security, "{first:?} → {end:?}");
    assert!(end.b.strain > first.b.strain, "{first:?} → {end:?}");
    assert!(
        end.a.strain > first.a.strain,
        "chasing without being met exhausts"
    );
    // Compared with a couple who answer each other, both end worse off.
    let together = last(&Preset::Interdependence.setup());
    assert!(end.a.security < together.a.security && end.b.security < together.b.security);
    assert!(end.a.strain > together.a.strain && end.b.strain > together.b.strain);
}

#[test]
fn rescuing_lowers_the_others_responsibility_taking_and_drains_the_rescuer() {
    let mut previous: Option<Round> = None;
    for r in 0..=10 {
        let round = last(&with_a(|a| {
            a.rescuing = f64::from(r) / 10.0;
            a.boundaries = 0.0;
        }));
        if let Some(before) = previous {
            assert!(round.b.agency <= before.b.agency + 1e-12, "rescuing {r}/10");
            assert!(round.a.strain >= before.a.strain - 1e-12, "rescuing {r}/10");
        }
        previous = Some(round);
    }
    let rescue = last(&Preset::RescueEnable.setup());
    let together = last(&Preset::Interdependence.setup());
    assert!(rescue.b.agency < together.b.agency - 0.2, "{rescue:?}");
    assert!(rescue.a.strain > together.a.strain + 0.2, "{rescue:?}");
    assert!(rescue.balance > 0.3, "B leans on A: {}", rescue.balance);
}

#[test]
fn boundaries_held_limit_what_rescuing_does_to_both() {
    let loose = last(&with_a(|a| {
        a.rescuing = 0.9;
        a.boundaries = 0.0;
    }));
    let held = last(&with_a(|a| {
        a.rescuing = 0.9;
        a.boundaries = 0.9;
    }));
    assert!(held.b.agency > loose.b.agency);
    assert!(held.a.strain < loose.a.strain);
}

#[test]
fn mutual_reliance_raises_both_partners_security_and_their_independence() {
    // The dependency paradox: the couple who lean on each other most evenly are also the most self-reliant.
    let together = last(&Preset::Interdependence.setup());
    for other in [Preset::PursueWithdraw, Preset::RescueEnable] {
        let round = last(&other.setup());
        assert!(
            together.a.security > round.a.security && together.b.security > round.b.security,
            "{other:?}"
        );
        assert!(
            together.a.agency >= round.a.agency && together.b.agency > round.b.agency,
            "{other:?}"
        );
    }
    assert!(
        together.balance.abs() < 0.05,
        "mutual: {}",
        together.balance
    );
    // And more responsiveness on both sides means more self-reliance on both sides.
    let colder = last(&{
        let mut s = Preset::Interdependence.setup();
        s.a.responsiveness = 0.4;
        s.b.responsiveness = 0.4;
        s
    });
    assert!(together.a.agency > colder.a.agency && together.b.agency > colder.b.agency);
}

#[test]
fn an_illness_shifts_the_balance_for_a_while_and_leaves_no_harm_when_both_can_adapt() {
    let ill = Preset::OnePartnerIll.setup();
    let illness = ill.illness.unwrap();
    let run = ill.run(ROUNDS);
    let before = run[illness.from as usize - 2];
    let during = run[(illness.from + illness.rounds) as usize - 2];
    let healthy = last(&Preset::Interdependence.setup());
    assert!(
        during.balance > before.balance + 0.2,
        "B leans on A while ill: {before:?} → {during:?}"
    );
    assert!(during.b.agency < before.b.agency);
    let after = run[ROUNDS as usize - 1];
    assert!(
        close(&after.a, &healthy.a, 0.02) && close(&after.b, &healthy.b, 0.02),
        "{after:?} vs {healthy:?}"
    );
    assert!(
        run.iter().all(|r| r.a.resentment < 0.01),
        "no resentment built up"
    );
}

#[test]
fn an_illness_carried_alone_can_leave_resentment_behind() {
    let mut alone = Preset::OnePartnerIll.setup();
    alone.a.support = 0.0;
    alone.a.boundaries = 0.0;
    alone.a.rescuing = 0.6;
    alone.illness = Some(Illness {
        rounds: 25,
        severity: 0.9,
        ..alone.illness.unwrap()
    });
    let mut recovered = alone;
    recovered.illness = None;
    let scarred = alone.run(ROUNDS).last().copied().unwrap();
    let spared = recovered.run(ROUNDS).last().copied().unwrap();
    assert!(
        scarred.a.resentment > spared.a.resentment + 0.05,
        "{scarred:?} vs {spared:?}"
    );
    assert!(
        scarred.b.security < spared.b.security,
        "the resentment shows in A's answers"
    );
}

#[test]
fn the_model_favours_neither_partner_swapping_them_swaps_the_outcome() {
    for preset in Preset::ALL {
        let setup = preset.setup();
        let (run, swapped) = (setup.run(ROUNDS), setup.swapped().run(ROUNDS));
        for (x, y) in run.iter().zip(&swapped) {
            assert_eq!((x.a, x.b), (y.b, y.a), "{preset:?}, round {}", x.number);
            assert!(
                (x.balance + y.balance).abs() < 1e-12,
                "{preset:?}, round {}",
                x.number
            );
        }
    }
}

#[test]
fn every_preset_settles_and_stays_within_bounds() {
    for preset in Preset::ALL {
        let run = preset.setup().run(200);
        for round in &run {
            for f in [round.a, round.b] {
                for x in [f.security, f.strain, f.resentment, f.agency] {
                    assert!((0.0..=1.0).contains(&x), "{preset:?}: {round:?}");
                }
            }
            assert!((-1.0..=1.0).contains(&round.balance));
        }
        let (x, y) = (run[198], run[199]);
        assert!(
            close(&x.a, &y.a, 1e-4) && close(&x.b, &y.b, 1e-4),
            "{preset:?} still moving: {x:?} → {y:?}"
        );
    }
}

#[test]
fn the_same_setup_always_plays_out_the_same() {
    let setup = Preset::PursueWithdraw.setup();
    assert_eq!(setup.run(30), setup.run(30));
    let extremes = Setup {
        a: Ways {
            reaching: 1.0,
            responsiveness: 0.0,
            rescuing: 1.0,
            boundaries: 0.0,
            support: 0.0,
        },
        b: Ways {
            reaching: 0.0,
            responsiveness: 1.0,
            rescuing: 0.0,
            boundaries: 1.0,
            support: 1.0,
        },
        illness: Some(Illness {
            partner: Partner::A,
            from: 1,
            rounds: 1000,
            severity: 1.0,
        }),
    };
    assert!(extremes
        .run(300)
        .iter()
        .all(
            |r| [r.a, r.b].iter().all(|f| (0.0..=1.0).contains(&f.security)
                && (0.0..=1.0).contains(&f.strain)
                && (0.0..=1.0).contains(&f.agency)
                && (0.0..=1.0).contains(&f.resentment))
        ));
}

#[test]
fn every_preset_is_found_by_its_id_and_recognised_from_its_setup() {
    for preset in Preset::ALL {
        assert_eq!(Preset::from_id(preset.id()), Some(preset));
        assert_eq!(Preset::matching(&preset.setup()), Some(preset));
    }
    assert_eq!(Preset::from_id("pursue"), None);
    let mut changed = Preset::RescueEnable.setup();
    changed.a.support = 0.55;
    assert_eq!(Preset::matching(&changed), None);
}

#[test]
fn a_setup_survives_its_address_exactly_when_set_in_hundredths() {
    for preset in Preset::ALL {
        let setup = preset.setup();
        let fragment = setup.to_fragment();
        assert_eq!(Setup::from_fragment(&fragment), Some(setup), "{fragment}");
    }
    assert_eq!(
        Preset::OnePartnerIll.setup().to_fragment(),
        "a=50,85,10,70,70&b=50,85,10,70,70&ill=b,10,12,70"
    );
    assert_eq!(
        Setup::from_fragment("preset=rescue-enable"),
        Some(Preset::RescueEnable.setup())
    );
}

#[test]
fn a_damaged_or_foreign_address_is_not_read_as_a_setup() {
    for fragment in [
        "",
        "/scenario/saying-no",
        "preset=nothing",
        "a=50,85,10,70&b=50,85,10,70,70",
        "a=50,85,10,70,70,1&b=50,85,10,70,70",
        "a=50,85,10,70,101&b=50,85,10,70,70",
        "a=50,85,10,70,-1&b=50,85,10,70,70",
        "a=50,85,10,70,0.5&b=50,85,10,70,70",
        "b=50,85,10,70,70&a=50,85,10,70,70",
        "a=50,85,10,70,70&b=50,85,10,70,70&ill=c,1,1,1",
        "a=50,85,10,70,70&b=50,85,10,70,70&ill=b,1,1",
        "a=50,85,10,70,70&b=50,85,10,70,70&ill=b,1,1,101",
        "a=50,85,10,70,70&b=50,85,10,70,70&ill=b,1,1,10&x=1",
    ] {
        assert_eq!(Setup::from_fragment(fragment), None, "{fragment:?}");
    }
    let long = format!("a=50,85,10,70,70&b=50,85,10,70,70{}", "&".repeat(300));
    assert_eq!(Setup::from_fragment(&long), None);
}

fn moves(patterns: &[&str]) -> Round {
    let library = attune_engine::load::load_dir(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content"),
    )
    .library;
    let shifts: Vec<_> = patterns
        .iter()
        .map(|id| library.patterns.iter().find(|p| p.id == *id).unwrap().cycle)
        .collect();
    Setup::after_moves(&shifts).settled()
}

#[test]
fn the_players_diagram_follows_the_learners_moves_as_the_sources_describe() {
    let none = moves(&[]);
    // Reaching harder again and again leaves the one reaching less secure and more worn out.
    let pursuing = moves(&["pursue", "pursue", "pursue"]);
    assert!(pursuing.a.security < none.a.security, "{pursuing:?}");
    assert!(pursuing.a.strain > none.a.strain, "{pursuing:?}");
    // Stepping in to save, over and over: the other leans more and stands less on their own.
    let rescuing = moves(&["rescue", "over-function", "rescue"]);
    assert!(rescuing.balance > none.balance + 0.2, "{rescuing:?}");
    assert!(rescuing.b.agency < none.b.agency, "{rescuing:?}");
    assert!(rescuing.a.strain > none.a.strain, "{rescuing:?}");
    // Holding a limit instead leaves the carer less worn out than rescuing does.
    let limits = moves(&["rescue", "hold-boundary", "hold-boundary"]);
    assert!(limits.a.strain < rescuing.a.strain, "{limits:?}");
    assert!(limits.b.agency > rescuing.b.agency, "{limits:?}");
    // Asking plainly and answering leaves both partners more secure than pulling back does.
    let asking = moves(&["attuned-request", "attuned-request", "care-for-own-needs"]);
    let withdrawing = moves(&["withdraw", "withdraw", "withdraw"]);
    assert!(
        asking.a.security > withdrawing.a.security,
        "{asking:?} {withdrawing:?}"
    );
    assert!(
        asking.b.security > withdrawing.b.security,
        "{asking:?} {withdrawing:?}"
    );
    assert!(asking.b.security > none.b.security, "{asking:?}");
}

#[test]
fn shifts_keep_every_setting_between_zero_and_one() {
    let big = Shift::from_values([100, -100, 100, -100, 100]);
    let ways = Setup::after_moves([&big, &big, &big]).a;
    assert_eq!(
        [
            ways.reaching,
            ways.responsiveness,
            ways.rescuing,
            ways.boundaries,
            ways.support
        ],
        [1.0, 0.0, 1.0, 0.0, 1.0]
    );
    assert_eq!(Setup::after_moves([]).a, attune_engine::dynamics::MIDDLE);
}
