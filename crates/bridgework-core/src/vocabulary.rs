//! The closed vocabularies of the domain: organisation kinds, seniority levels,
//! tie kinds, contact frequencies and partnership models.
//!
//! Each has one canonical spelling (used in files, JSON and the database) and a
//! few aliases people type in spreadsheets. Parsing ignores case, and treats
//! spaces, underscores and hyphens alike, so "Works With", "works_with" and
//! "works-with" are one value.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// A value that is not in a vocabulary, with the values that are. `what`
/// names the vocabulary with its article: "an organisation kind".
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("\"{value}\" is not {what}; expected one of: {expected}")]
pub struct UnknownValue {
    pub what: &'static str,
    pub value: String,
    pub expected: String,
}

/// Folds a spreadsheet spelling to the canonical form: lower case, words joined by hyphens.
fn fold(text: &str) -> String {
    text.trim()
        .to_lowercase()
        .split(|c: char| c.is_whitespace() || c == '_' || c == '-')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join("-")
}

macro_rules! vocabulary {
    (
        $(#[$meta:meta])*
        $name:ident, $what:literal {
            $( $(#[$vmeta:meta])* $variant:ident = $canonical:literal $(| $alias:literal)* ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[cfg_attr(feature = "ts", derive(ts_rs::TS))]
        pub enum $name {
            $( $(#[$vmeta])* #[serde(rename = $canonical)] $variant ),+
        }

        impl $name {
            /// Every value, in the vocabulary's natural order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The canonical spelling used in files, JSON and the database.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $canonical),+ }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl FromStr for $name {
            type Err = UnknownValue;
            fn from_str(text: &str) -> Result<Self, UnknownValue> {
                // The canonical spelling, as files and the database hold it,
                // needs no folding: the common case of a large import or load.
                match text {
                    $($canonical => return Ok($name::$variant),)+
                    _ => {}
                }
                let folded = fold(text);
                $(
                    if folded == $canonical $(|| folded == $alias)* {
                        return Ok($name::$variant);
                    }
                )+
                Err(UnknownValue {
                    what: $what,
                    value: text.trim().to_string(),
                    expected: [$($canonical),+].join(", "),
                })
            }
        }
    };
}

vocabulary! {
    /// What sort of body an organisation is.
    OrgKind, "an organisation kind" {
        Acute = "acute" | "acute-trust" | "hospital" | "hospital-trust",
        Community = "community" | "community-trust",
        MentalHealth = "mental-health" | "mental-health-trust",
        PrimaryCare = "primary-care" | "gp" | "gp-federation" | "pcn",
        LocalAuthority = "local-authority" | "council" | "la",
        Voluntary = "voluntary" | "vcs" | "vcse" | "voluntary-and-community-sector" | "charity",
        Hospice = "hospice",
        Commissioner = "commissioner" | "icb" | "ccg",
        Other = "other",
    }
}

vocabulary! {
    /// Seniority, from the board down to the front line.
    Level, "a level" {
        Board = "board",
        Executive = "executive" | "exec",
        Senior = "senior" | "senior-manager" | "senior-management",
        Middle = "middle" | "middle-manager" | "middle-management",
        Frontline = "frontline" | "front-line",
    }
}

impl Level {
    /// Board, executive and senior: the levels a "top-heavy" link rests on.
    pub fn is_senior(self) -> bool {
        matches!(self, Level::Board | Level::Executive | Level::Senior)
    }
}

vocabulary! {
    /// What a tie between two people is for.
    TieKind, "a tie kind" {
        WorksWith = "works-with" | "work" | "works",
        Advice = "advice",
        Information = "information" | "info",
        Governance = "governance",
        Informal = "informal" | "social",
    }
}

impl Default for TieKind {
    /// A tie whose kind is not given is a working relationship.
    fn default() -> Self {
        TieKind::WorksWith
    }
}

vocabulary! {
    /// How often two people are in contact.
    Frequency, "a frequency" {
        Daily = "daily",
        Weekly = "weekly",
        Monthly = "monthly",
        Quarterly = "quarterly",
        Yearly = "yearly" | "annually",
        Rarely = "rarely" | "never",
    }
}

vocabulary! {
    /// The four models of partnering.
    PartnershipModel, "a partnership model" {
        Individual = "individual",
        Voluntary = "voluntary",
        Structural = "structural",
        Mandated = "mandated",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parsing_ignores_case_spacing_and_aliases() {
        assert_eq!("Works With".parse(), Ok(TieKind::WorksWith));
        assert_eq!(" works_with ".parse(), Ok(TieKind::WorksWith));
        assert_eq!("GP Federation".parse(), Ok(OrgKind::PrimaryCare));
        assert_eq!("FRONT-LINE".parse(), Ok(Level::Frontline));
    }

    #[test]
    fn unknown_values_list_what_is_expected() {
        let err = "fortnightly".parse::<Frequency>().unwrap_err();
        assert_eq!(
            err.to_string(),
            "\"fortnightly\" is not a frequency; expected one of: daily, weekly, monthly, quarterly, yearly, rarely"
        );
    }

    #[test]
    fn canonical_spelling_round_trips() {
        for kind in OrgKind::ALL {
            assert_eq!(kind.as_str().parse::<OrgKind>(), Ok(*kind));
        }
        for level in Level::ALL {
            assert_eq!(level.to_string().parse::<Level>(), Ok(*level));
        }
    }
}
