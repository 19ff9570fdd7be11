//! The app's addresses (the part of the URL after `#`), read and written in one place.
//!
//! Hash addresses let any step be linked, reloaded and shared from a plain
//! static host, with no server rewriting.

use crate::validate::{is_valid_id, MAX_ID_LEN};

/// Longer than any address the app writes: `#/scenario/<id>/<step>` with the longest ids.
const MAX_ADDRESS_LEN: usize = "#/scenario//".len() + 2 * MAX_ID_LEN + 1;

/// Where the learner is in the app.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Address {
    Home,
    /// A scenario's first step.
    Scenario {
        id: String,
    },
    Step {
        id: String,
        step: String,
    },
    About,
    Glossary,
    Patterns,
    /// Where to get help now.
    Help,
    /// Text size, theme, motion, and deleting one's data.
    Settings,
    /// The learner's patterns and notes, to print or take away.
    MyPattern,
    /// Crashes the app on purpose, so tests can prove a crash never leaves a blank page.
    DebugPanic,
    NotFound,
}

impl Address {
    /// Reads `#/scenario/<id>/<step>` and the like; `#` and a trailing `/` are optional.
    ///
    /// Addresses come from links anyone can write, so only well-formed ids (as content
    /// validation requires them) are accepted, and an over-long address is not read at all.
    pub fn parse(hash: &str) -> Address {
        if hash.len() > MAX_ADDRESS_LEN {
            return Address::NotFound;
        }
        let path = hash.strip_prefix('#').unwrap_or(hash);
        let path = path.strip_prefix('/').unwrap_or(path);
        let path = path.strip_suffix('/').unwrap_or(path);
        let parts: Vec<&str> = path.split('/').collect();
        let id = |s: &str| is_valid_id(s).then(|| s.to_string());
        match parts.as_slice() {
            [""] => Address::Home,
            ["about"] => Address::About,
            ["glossary"] => Address::Glossary,
            ["patterns"] => Address::Patterns,
            ["help"] => Address::Help,
            ["settings"] => Address::Settings,
            ["my-pattern"] => Address::MyPattern,
            ["debug", "panic"] => Address::DebugPanic,
            ["scenario", scenario] => {
                id(scenario).map_or(Address::NotFound, |id| Address::Scenario { id })
            }
            ["scenario", scenario, step] => match (id(scenario), id(step)) {
                (Some(id), Some(step)) => Address::Step { id, step },
                _ => Address::NotFound,
            },
            _ => Address::NotFound,
        }
    }

    /// The address as a URL fragment, `#` included.
    pub fn to_hash(&self) -> String {
        match self {
            Address::Home => "#/".to_string(),
            Address::Scenario { id } => format!("#/scenario/{id}"),
            Address::Step { id, step } => format!("#/scenario/{id}/{step}"),
            Address::About => "#/about".to_string(),
            Address::Glossary => "#/glossary".to_string(),
            Address::Patterns => "#/patterns".to_string(),
            Address::Help => "#/help".to_string(),
            Address::Settings => "#/settings".to_string(),
            Address::MyPattern => "#/my-pattern".to_string(),
            Address::DebugPanic => "#/debug/panic".to_string(),
            Address::NotFound => "#/not-found".to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Address;

    #[test]
    fn reads_every_kind_of_address() {
        let step = Address::Step {
            id: "a".into(),
            step: "b".into(),
        };
        assert_eq!(Address::parse(""), Address::Home);
        assert_eq!(Address::parse("#"), Address::Home);
        assert_eq!(Address::parse("#/"), Address::Home);
        assert_eq!(Address::parse("#/about"), Address::About);
        assert_eq!(
            Address::parse("#/scenario/a"),
            Address::Scenario { id: "a".into() }
        );
        assert_eq!(Address::parse("#/scenario/a/b"), step);
        assert_eq!(Address::parse("#/scenario/a/b/"), step);
        assert_eq!(Address::parse("/scenario/a/b"), step);
        assert_eq!(Address::parse("#/debug/panic"), Address::DebugPanic);
    }

    #[test]
    fn anything_else_is_not_found() {
        for hash in [
            "#/nowhere",
            "#/scenario",
            "#/scenario//b",
            "#/scenario/a/b/c",
            "#attune-main",
            "#/scenario/<img src=x>",
            "#/scenario/Partner-Pulling-Away",
            "#/scenario/a/%2e%2e",
        ] {
            assert_eq!(Address::parse(hash), Address::NotFound, "{hash}");
        }
    }

    #[test]
    fn writing_then_reading_gives_the_same_address() {
        for address in [
            Address::Home,
            Address::About,
            Address::Glossary,
            Address::Patterns,
            Address::Help,
            Address::Settings,
            Address::MyPattern,
            Address::DebugPanic,
            Address::Scenario {
                id: "rescue-and-enable".into(),
            },
            Address::Step {
                id: "rescue-and-enable".into(),
                step: "the-party".into(),
            },
        ] {
            assert_eq!(Address::parse(&address.to_hash()), address);
        }
    }

    #[test]
    fn over_long_addresses_and_ids_are_not_read() {
        let long_id = "a".repeat(65);
        assert_eq!(
            Address::parse(&format!("#/scenario/{long_id}")),
            Address::NotFound
        );
        let longest = "a".repeat(64);
        assert_eq!(
            Address::parse(&format!("#/scenario/{longest}/{longest}/")),
            Address::Step {
                id: longest.clone(),
                step: longest
            }
        );
        assert_eq!(
            Address::parse(&format!("#/about{}", "/".repeat(10_000))),
            Address::NotFound
        );
    }
}
