//! Finding glossary terms in content text, so the player can mark them and show their definitions.

use crate::model::Term;

/// A run of text: plain, or a glossary term (by index into the glossary).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Piece<'t> {
    Plain(&'t str),
    Term { text: &'t str, term: usize },
}

/// Splits `text` into plain runs and glossary terms. Matches are whole words,
/// ignore case, prefer the longest form, and mark each term only once per
/// call (its first occurrence), so a paragraph is not littered with marks.
pub fn mark<'t>(text: &'t str, glossary: &[Term]) -> Vec<Piece<'t>> {
    let mut forms: Vec<(&str, usize)> = glossary
        .iter()
        .enumerate()
        .flat_map(|(i, term)| term.forms.iter().map(move |form| (form.as_ref(), i)))
        .filter(|(form, _)| !form.is_empty())
        .collect();
    forms.sort_by_key(|(form, _)| std::cmp::Reverse(form.len()));

    // ASCII lower-casing keeps byte offsets identical to `text`.
    let lower = text.to_ascii_lowercase();
    // Non-ASCII letters count as part of a word, typographic punctuation does
    // not; checking by hand keeps Unicode tables out of the wasm bundle.
    let is_word = |c: char| {
        c.is_ascii_alphanumeric() || c == '\'' || (!c.is_ascii() && !"“”‘—–…\u{a0}".contains(c))
    };
    let mut pieces = Vec::new();
    let mut marked = Vec::new();
    let (mut plain_from, mut at) = (0, 0);
    while at < text.len() {
        let starts_word = !text[..at].chars().next_back().is_some_and(is_word);
        let found = starts_word
            .then(|| {
                forms.iter().find(|(form, _)| {
                    lower[at..].starts_with(form)
                        && !text[at + form.len()..].chars().next().is_some_and(is_word)
                })
            })
            .flatten();
        match found {
            Some(&(form, term)) => {
                let end = at + form.len();
                if !marked.contains(&term) {
                    marked.push(term);
                    if plain_from < at {
                        pieces.push(Piece::Plain(&text[plain_from..at]));
                    }
                    pieces.push(Piece::Term {
                        text: &text[at..end],
                        term,
                    });
                    plain_from = end;
                }
                at = end;
            }
            None => at += text[at..].chars().next().map_or(1, char::len_utf8),
        }
    }
    if plain_from < text.len() {
        pieces.push(Piece::Plain(&text[plain_from..]));
    }
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{List, Text};

    fn term(forms: &[&'static str]) -> Term {
        let forms: Vec<Text> = forms.iter().map(|f| Text::Borrowed(*f)).collect();
        Term {
            forms: List::Owned(forms),
            ..Term::default()
        }
    }

    #[test]
    fn marks_whole_words_ignoring_case_once_each() {
        let glossary = [term(&["boundary", "boundaries"]), term(&["enabling"])];
        assert_eq!(
            mark(
                "Boundaries help. Enabling hurts; boundaries again, unboundaried.",
                &glossary
            ),
            vec![
                Piece::Term {
                    text: "Boundaries",
                    term: 0
                },
                Piece::Plain(" help. "),
                Piece::Term {
                    text: "Enabling",
                    term: 1
                },
                Piece::Plain(" hurts; boundaries again, unboundaried."),
            ]
        );
    }

    #[test]
    fn prefers_the_longest_form_and_respects_word_edges() {
        let glossary = [term(&["bid"]), term(&["bid for connection"])];
        assert_eq!(
            mark("A bid for connection, a forbidden bid.", &glossary),
            vec![
                Piece::Plain("A "),
                Piece::Term {
                    text: "bid for connection",
                    term: 1
                },
                Piece::Plain(", a forbidden "),
                Piece::Term {
                    text: "bid",
                    term: 0
                },
                Piece::Plain("."),
            ]
        );
    }

    #[test]
    fn text_with_no_terms_and_non_ascii_text_pass_through() {
        let glossary = [term(&["attunement"])];
        assert_eq!(
            mark("“Mm” — naïve café", &glossary),
            vec![Piece::Plain("“Mm” — naïve café")]
        );
        assert_eq!(
            mark("“Attunement”—and réattunement", &glossary),
            vec![
                Piece::Plain("“"),
                Piece::Term {
                    text: "Attunement",
                    term: 0
                },
                Piece::Plain("”—and réattunement")
            ]
        );
        assert_eq!(mark("", &glossary), vec![]);
    }
}
