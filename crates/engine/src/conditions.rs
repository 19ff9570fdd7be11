//! Choices that remember: facts set by earlier responses, and the conditions later content tests them with.
//!
//! A response may `remember` a fact. A condition is a fact's name, or `not`
//! and a fact's name. The facts in force at a step are those remembered by
//! every response chosen on the way there (not at the step itself).

use crate::model::Text;

/// The facts remembered so far on one path, kept sorted so equal sets compare equal.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Facts(Vec<Text>);

impl Facts {
    pub fn names(&self) -> &[Text] {
        &self.0
    }

    pub fn contains(&self, fact: &str) -> bool {
        self.0.iter().any(|f| f == fact)
    }

    /// These facts plus `fact` (if any).
    pub fn with(&self, fact: Option<&Text>) -> Facts {
        let mut facts = self.clone();
        if let Some(fact) = fact {
            if let Err(at) = facts.0.binary_search(fact) {
                facts.0.insert(at, fact.clone());
            }
        }
        facts
    }
}

/// A parsed condition: a fact, possibly negated.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Condition<'a> {
    pub negated: bool,
    pub fact: &'a str,
}

impl<'a> Condition<'a> {
    /// Reads `fact` or `not fact`; `None` when it is neither.
    pub fn parse(text: &'a str) -> Option<Condition<'a>> {
        let text = text.trim();
        let (negated, fact) = match text.strip_prefix("not ") {
            Some(rest) => (true, rest.trim()),
            None => (false, text),
        };
        (crate::validate::is_valid_id(fact) && fact != "not").then_some(Condition { negated, fact })
    }

    pub fn holds(&self, facts: &Facts) -> bool {
        facts.contains(self.fact) != self.negated
    }
}

/// Whether an optional condition holds; no condition always holds, a malformed one never does.
pub fn holds(condition: Option<&str>, facts: &Facts) -> bool {
    match condition {
        None => true,
        Some(text) => Condition::parse(text).is_some_and(|c| c.holds(facts)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn conditions_read_and_hold_as_written() {
        let none = Facts::default();
        let some = none.with(Some(&Text::from("said-no")));
        assert_eq!(
            Condition::parse("said-no"),
            Some(Condition {
                negated: false,
                fact: "said-no"
            })
        );
        assert_eq!(
            Condition::parse(" not  said-no "),
            Some(Condition {
                negated: true,
                fact: "said-no"
            })
        );
        assert_eq!(Condition::parse("said no"), None);
        assert_eq!(Condition::parse("not"), None);
        assert!(holds(Some("said-no"), &some) && !holds(Some("said-no"), &none));
        assert!(holds(Some("not said-no"), &none) && !holds(Some("not said-no"), &some));
        assert!(holds(None, &none));
        assert!(!holds(Some("Bad Fact"), &some));
    }

    #[test]
    fn facts_are_a_set() {
        let a = Facts::default()
            .with(Some(&Text::from("b")))
            .with(Some(&Text::from("a")));
        let b = Facts::default()
            .with(Some(&Text::from("a")))
            .with(Some(&Text::from("b")))
            .with(Some(&Text::from("a")));
        assert_eq!(a, b);
        assert_eq!(a.with(None), a);
    }
}
