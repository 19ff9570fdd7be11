//! "See the cycle": a small, deterministic model of two partners leaning on each other over time.
//!
//! An illustration for learners, not a clinical model. Each rule below is one
//! qualitative claim from Attune's sources (named by their ids in
//! `content/sources.toml`); the numbers only give the claims a shape to watch.
//! `docs/model.md` explains every rule for authors and engineers, and the native
//! tests check the claims (directions, stable points, symmetry), not the numbers.
//!
//! Every quantity is between 0 and 1. Each round, every feeling moves a fifth of the
//! way towards where the current behaviour would settle it, so changes are gradual,
//! the model is stable, and the order of partners never matters.

/// How one partner tends to behave; each from 0 (not at all) to 1 (very much).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Ways {
    /// How often they reach out for closeness and reassurance.
    pub reaching: f64,
    /// When the other reaches out: accessible, responsive and engaged (1), or withdrawing (0).
    pub responsiveness: f64,
    /// How much they take over the other's responsibilities, or cover for them.
    pub rescuing: f64,
    /// How firmly they hold their own limits.
    pub boundaries: f64,
    /// Friends, interests, a life beyond the couple.
    pub support: f64,
}

/// How one kind of move shifts the mover's ways, in hundredths of a slider (−100 to 100).
/// Each pattern says its own in `content/patterns.toml` (`cycle`), so the player's diagram can
/// follow the learner's choices.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[cfg_attr(feature = "load", derive(serde::Deserialize))]
#[cfg_attr(feature = "load", serde(default, deny_unknown_fields))]
pub struct Shift {
    pub reaching: i32,
    pub responsiveness: i32,
    pub rescuing: i32,
    pub boundaries: i32,
    pub support: i32,
}

impl Shift {
    /// In the order of `Ways`' fields (and of the sandbox's address).
    pub fn values(&self) -> [i32; 5] {
        [
            self.reaching,
            self.responsiveness,
            self.rescuing,
            self.boundaries,
            self.support,
        ]
    }

    pub fn from_values(
        [reaching, responsiveness, rescuing, boundaries, support]: [i32; 5],
    ) -> Shift {
        Shift {
            reaching,
            responsiveness,
            rescuing,
            boundaries,
            support,
        }
    }
}

/// Where the player's diagram starts, for both partners: the middle of every slider, with a
/// little more answering than not.
pub const MIDDLE: Ways = Ways {
    reaching: 0.5,
    responsiveness: 0.6,
    rescuing: 0.2,
    boundaries: 0.5,
    support: 0.5,
};

/// How many rounds the player's diagram looks ahead: enough for every setup to settle.
pub const HABIT_ROUNDS: u32 = 30;

impl Ways {
    /// These ways after one move, each setting kept between 0 and 1.
    pub fn shifted(self, shift: &Shift) -> Ways {
        let by = |x: f64, hundredths: i32| clamp(x + f64::from(hundredths) / 100.0);
        Ways {
            reaching: by(self.reaching, shift.reaching),
            responsiveness: by(self.responsiveness, shift.responsiveness),
            rescuing: by(self.rescuing, shift.rescuing),
            boundaries: by(self.boundaries, shift.boundaries),
            support: by(self.support, shift.support),
        }
    }
}

/// One of the two partners.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Partner {
    A,
    B,
}

/// A stretch of illness (or grief, or a hard transition) for one partner.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Illness {
    pub partner: Partner,
    /// The first round it affects.
    pub from: u32,
    /// How many rounds it lasts.
    pub rounds: u32,
    /// How much of their usual capacity it takes away, 0 to 1.
    pub severity: f64,
}

/// Everything the sandbox lets a learner set.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Setup {
    pub a: Ways,
    pub b: Ways,
    pub illness: Option<Illness>,
}

/// How one partner is doing; each from 0 to 1.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Feeling {
    /// Felt security in the relationship (1 − security is anxiety about it).
    pub security: f64,
    /// Exhaustion from carrying more than they can.
    pub strain: f64,
    /// Lasting resentment: builds while strain stays high, fades only slowly.
    pub resentment: f64,
    /// Self-reliance: taking responsibility for their own life.
    pub agency: f64,
}

/// The state after a round: both partners, and the balance of leaning between them.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Round {
    pub number: u32,
    pub a: Feeling,
    pub b: Feeling,
    /// Who leans on whom: −1 A leans wholly on B, 0 mutual, 1 B leans wholly on A.
    pub balance: f64,
}

/// Where everyone starts: middling on everything, no resentment yet.
pub const START: Feeling = Feeling {
    security: 0.5,
    strain: 0.2,
    resentment: 0.0,
    agency: 0.6,
};

/// Each round, feelings move this share of the way to where they would settle.
const PACE: f64 = 0.2;
/// Strain above this, round after round, turns into resentment.
const RESENTMENT_THRESHOLD: f64 = 0.55;

/// Between 0 and 1. Not `f64::clamp`, whose check of its own bounds costs the learner's wasm
/// 0.2 KB brotli (measured), for bounds that are constants here.
#[allow(clippy::manual_clamp)]
fn clamp(x: f64) -> f64 {
    x.max(0.0).min(1.0)
}

fn towards(from: f64, target: f64) -> f64 {
    clamp(from + PACE * (clamp(target) - from))
}

/// What one side of the couple brings into a round, worked out from the last one.
struct Side {
    /// How hard they reach: anxious partners reach harder (protest and pursuit).
    pursuit: f64,
    /// How well they actually meet the other's reaching this round.
    answer: f64,
    /// How much of the other's responsibility they take over this round.
    takes_over: f64,
    /// What illness takes from them this round.
    sick: f64,
}

impl Setup {
    /// How illness affects `partner` in round `number`.
    fn sickness(&self, partner: Partner, number: u32) -> f64 {
        match self.illness {
            Some(i) if i.partner == partner && (i.from..i.from + i.rounds).contains(&number) => {
                clamp(i.severity)
            }
            _ => 0.0,
        }
    }

    /// The setup with the partners' roles exchanged (for checking the model favours neither).
    pub fn swapped(&self) -> Setup {
        let swap = |p| match p {
            Partner::A => Partner::B,
            Partner::B => Partner::A,
        };
        Setup {
            a: self.b,
            b: self.a,
            illness: self.illness.map(|i| Illness {
                partner: swap(i.partner),
                ..i
            }),
        }
    }

    /// The learner as A after their moves in a scenario, one shift per choice, beside a partner
    /// who stays in the middle: what the learner's own moves tend to do to both, other things equal.
    pub fn after_moves<'a>(moves: impl IntoIterator<Item = &'a Shift>) -> Setup {
        Setup {
            a: moves
                .into_iter()
                .fold(MIDDLE, |ways, shift| ways.shifted(shift)),
            b: MIDDLE,
            illness: None,
        }
    }

    /// Where this setup has settled after `HABIT_ROUNDS` rounds.
    pub fn settled(&self) -> Round {
        self.run(HABIT_ROUNDS)
            .last()
            .copied()
            .expect("HABIT_ROUNDS is more than zero")
    }

    /// Rounds 1 to `rounds`, starting from `START` for both.
    pub fn run(&self, rounds: u32) -> Vec<Round> {
        let mut state = Round {
            number: 0,
            a: START,
            b: START,
            balance: 0.0,
        };
        (1..=rounds)
            .map(|number| {
                state = self.step(&state, number);
                state
            })
            .collect()
    }

    /// One round: both partners update together from the previous round's state.
    pub fn step(&self, last: &Round, number: u32) -> Round {
        // Protest and pursuit (needs-for-connection): the less secure, the harder one reaches.
        let pursuit =
            |ways: &Ways, me: &Feeling| clamp(ways.reaching * (0.5 + (1.0 - me.security)));
        let (a_pursuit, b_pursuit) = (pursuit(&self.a, &last.a), pursuit(&self.b, &last.b));
        let side = |ways: &Ways, me: &Feeling, pursuit: f64, other_pursuit: f64, who| {
            let sick = self.sickness(who, number);
            // Being chased while exhausted feeds withdrawal (needs-for-connection); illness,
            // strain and resentment all take from what one can give (attunement-and-interdependence).
            let overwhelm = other_pursuit * me.strain;
            let answer = clamp(
                ways.responsiveness
                    * (1.0 - sick)
                    * (1.0 - 0.5 * me.strain)
                    * (1.0 - 0.6 * me.resentment)
                    * (1.0 - 0.5 * overwhelm),
            );
            // Rescuing: taking over what the other could carry (love-or-codependence); one's own
            // boundaries limit it (healing-codependency).
            let takes_over = clamp(ways.rescuing * (1.0 - ways.boundaries));
            Side {
                pursuit,
                answer,
                takes_over,
                sick,
            }
        };
        let a = side(&self.a, &last.a, a_pursuit, b_pursuit, Partner::A);
        let b = side(&self.b, &last.b, b_pursuit, a_pursuit, Partner::B);
        let a_next = feel(&self.a, &last.a, &a, &b);
        let b_next = feel(&self.b, &last.b, &b, &a);
        // Leaning: reaching that is met, what the other takes over, and what illness asks of the other.
        let leaning = |me: &Side, other: &Side| {
            0.5 * me.pursuit * other.answer + other.takes_over + 0.5 * me.sick
        };
        Round {
            number,
            a: a_next,
            b: b_next,
            // Kept between −1 and 1, through `clamp` (see there).
            balance: 2.0 * clamp((leaning(&b, &a) - leaning(&a, &b) + 1.0) / 2.0) - 1.0,
        }
    }
}

/// Where one partner's feelings head this round, given both sides' behaviour.
fn feel(ways: &Ways, me: &Feeling, mine: &Side, theirs: &Side) -> Feeling {
    // Responsiveness eases the anxiety of distance: an accessible, responsive, engaged partner
    // makes one feel secure (needs-for-connection); a life beyond the couple steadies it too.
    let met = theirs.answer;
    let security = towards(me.security, 0.15 + 0.65 * met + 0.2 * ways.support);

    // Exhaustion: carrying the other's load (love-or-codependence), chasing without being met,
    // being chased while pulling back (the pursue-withdraw cycle, needs-for-connection), and
    // caring for an ill partner without help; outside support and boundaries lighten it
    // (healing-codependency).
    let load = mine.takes_over
        + 0.6 * mine.pursuit * (1.0 - met)
        + 0.6 * theirs.pursuit * (1.0 - ways.responsiveness)
        + 0.6 * theirs.sick * (1.0 - ways.support) * (1.0 - 0.5 * ways.boundaries);
    let strain = towards(me.strain, load * (1.0 - 0.5 * ways.support));

    // Resentment builds only while strain stays high, and fades slowly: a hard stretch met
    // together leaves none behind, one carried alone can outlast it.
    let resentment = if strain > RESENTMENT_THRESHOLD {
        clamp(me.resentment + 0.1 * (strain - RESENTMENT_THRESHOLD))
    } else {
        clamp(me.resentment - 0.02)
    };

    // Self-reliance: a secure base makes people more able to stand on their own (the dependency
    // paradox, needs-for-connection and dependence-vs-codependence); being rescued takes away
    // responsibility one could carry (love-or-codependence); illness lowers it for a while.
    let agency = towards(
        me.agency,
        0.3 + 0.5 * security + 0.2 * ways.support - 0.8 * theirs.takes_over - 0.6 * mine.sick,
    );
    Feeling {
        security,
        strain,
        resentment,
        agency,
    }
}

/// Ready-made setups for the sandbox, each showing one pattern.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Preset {
    /// A reaches harder as B pulls away, and B pulls away as A reaches.
    PursueWithdraw,
    /// A covers for B, B's responsibility-taking shrinks, A runs dry.
    RescueEnable,
    /// Both reach, both answer, both keep lives and limits of their own.
    Interdependence,
    /// As interdependence, with B ill for a stretch.
    OnePartnerIll,
}

impl Preset {
    pub const ALL: [Preset; 4] = [
        Preset::PursueWithdraw,
        Preset::RescueEnable,
        Preset::Interdependence,
        Preset::OnePartnerIll,
    ];

    pub fn setup(self) -> Setup {
        let steady = Ways {
            reaching: 0.5,
            responsiveness: 0.85,
            rescuing: 0.1,
            boundaries: 0.7,
            support: 0.7,
        };
        match self {
            Preset::PursueWithdraw => Setup {
                a: Ways {
                    reaching: 0.8,
                    responsiveness: 0.6,
                    support: 0.3,
                    ..steady
                },
                b: Ways {
                    reaching: 0.2,
                    responsiveness: 0.25,
                    ..steady
                },
                illness: None,
            },
            Preset::RescueEnable => Setup {
                a: Ways {
                    rescuing: 0.9,
                    boundaries: 0.1,
                    support: 0.2,
                    ..steady
                },
                b: Ways {
                    responsiveness: 0.5,
                    ..steady
                },
                illness: None,
            },
            Preset::Interdependence => Setup {
                a: steady,
                b: steady,
                illness: None,
            },
            Preset::OnePartnerIll => Setup {
                a: steady,
                b: steady,
                illness: Some(Illness {
                    partner: Partner::B,
                    from: 10,
                    rounds: 12,
                    severity: 0.7,
                }),
            },
        }
    }
}

impl Preset {
    /// The preset's id in content (`content/sandbox.toml`) and in sandbox addresses.
    pub fn id(self) -> &'static str {
        match self {
            Preset::PursueWithdraw => "pursue-withdraw",
            Preset::RescueEnable => "rescue-enable",
            Preset::Interdependence => "interdependence",
            Preset::OnePartnerIll => "one-partner-ill",
        }
    }

    pub fn from_id(id: &str) -> Option<Preset> {
        Preset::ALL.into_iter().find(|preset| preset.id() == id)
    }

    /// The preset whose setup this is exactly, if any.
    pub fn matching(setup: &Setup) -> Option<Preset> {
        Preset::ALL
            .into_iter()
            .find(|preset| preset.setup() == *setup)
    }
}

/// The longest fragment `Setup::from_fragment` reads; anything longer is not a setup.
pub const MAX_FRAGMENT_LEN: usize = 200;

/// Settings are shared in steps of a hundredth, so an address stays short and exact.
fn hundredths(x: f64) -> u32 {
    (clamp(x) * 100.0).round() as u32
}

impl Ways {
    fn to_fragment(self) -> String {
        [
            self.reaching,
            self.responsiveness,
            self.rescuing,
            self.boundaries,
            self.support,
        ]
        .map(|x| hundredths(x).to_string())
        .join(",")
    }

    fn from_fragment(text: &str) -> Option<Ways> {
        let mut values = text.split(',').map(|part| {
            let n: u32 = part.parse().ok()?;
            (n <= 100).then(|| f64::from(n) / 100.0)
        });
        let mut next = || values.next().flatten();
        let ways = Ways {
            reaching: next()?,
            responsiveness: next()?,
            rescuing: next()?,
            boundaries: next()?,
            support: next()?,
        };
        values.next().is_none().then_some(ways)
    }
}

impl Setup {
    /// A setup as the part of an address after `#`, e.g. for the player's "explore this in the
    /// sandbox" link: `a=80,60,10,70,30&b=…&ill=b,10,12,70`, each setting in hundredths.
    pub fn to_fragment(&self) -> String {
        let mut fragment = format!("a={}&b={}", self.a.to_fragment(), self.b.to_fragment());
        if let Some(illness) = self.illness {
            let who = match illness.partner {
                Partner::A => "a",
                Partner::B => "b",
            };
            fragment.push_str(&format!(
                "&ill={who},{},{},{}",
                illness.from,
                illness.rounds,
                hundredths(illness.severity)
            ));
        }
        fragment
    }

    /// Reads `to_fragment`'s form, or `preset=<id>`. None for anything else: the sandbox then
    /// starts from its first preset rather than from a half-read setup.
    pub fn from_fragment(fragment: &str) -> Option<Setup> {
        if fragment.len() > MAX_FRAGMENT_LEN {
            return None;
        }
        if let Some(id) = fragment.strip_prefix("preset=") {
            return Preset::from_id(id).map(Preset::setup);
        }
        let mut parts = fragment.split('&');
        let a = Ways::from_fragment(parts.next()?.strip_prefix("a=")?)?;
        let b = Ways::from_fragment(parts.next()?.strip_prefix("b=")?)?;
        let illness = match parts.next() {
            None => None,
            Some(part) => {
                let mut fields = part.strip_prefix("ill=")?.split(',');
                let partner = match fields.next()? {
                    "a" => Partner::A,
                    "b" => Partner::B,
                    _ => return None,
                };
                let from: u32 = fields.next()?.parse().ok()?;
                let rounds: u32 = fields.next()?.parse().ok()?;
                let severity: u32 = fields.next()?.parse().ok()?;
                if fields.next().is_some() || from > 1000 || rounds > 1000 || severity > 100 {
                    return None;
                }
                Some(Illness {
                    partner,
                    from,
                    rounds,
                    severity: f64::from(severity) / 100.0,
                })
            }
        };
        parts.next().is_none().then_some(Setup { a, b, illness })
    }
}
