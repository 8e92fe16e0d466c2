//! Tie strength: one number in [0, 1] from a tie's rating, how often the two
//! people are in contact, and how long ago they last were.
//!
//! ```text
//! s = (w_r · rating/5 + w_f · frequency_score) · 2^(−age / half_life)
//! ```
//!
//! with w_r = 0.6 and w_f = 0.4 by default, frequency scores daily 1.0,
//! weekly 0.8, monthly 0.6, quarterly 0.4, yearly 0.2, rarely 0.1, and `age`
//! the days since the last contact (half-life 180 days by default). What is
//! not recorded is assumed middling and said so: an unrated tie counts as 3 of
//! 5, an unknown frequency as 0.5, and a tie with no contact date has its
//! recency halved. Cost: constant per tie.

use crate::Date;
use crate::records::Tie;
use crate::vocabulary::Frequency;
use serde::Serialize;

/// How tie strength is computed. Every analysis takes one, so a person can
/// change the half-life and see the effect.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct StrengthModel {
    /// Days after which an unrenewed tie counts half as strong.
    pub half_life_days: f64,
    /// The share of the reported rating in the base strength; the rest is frequency.
    pub rating_weight: f64,
    /// A tie below this strength is weak.
    pub weak_below: f64,
}

impl Default for StrengthModel {
    fn default() -> Self {
        StrengthModel { half_life_days: 180.0, rating_weight: 0.6, weak_below: 0.35 }
    }
}

/// A rating assumed for a tie with none: the middle of the scale.
const ASSUMED_RATING: u8 = 3;
/// A frequency score assumed for a tie with none: between monthly and quarterly.
const ASSUMED_FREQUENCY: f64 = 0.5;
/// The recency of a tie whose last contact is not recorded.
const UNDATED_RECENCY: f64 = 0.5;

/// A tie's strength with its parts, so the reason it is weak can be given.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct TieStrength {
    /// The strength, in [0, 1].
    pub value: f64,
    /// The rating used, 1–5 (assumed 3 when none was recorded).
    pub rating: u8,
    pub rating_recorded: bool,
    /// The frequency score used, in [0, 1].
    pub frequency: f64,
    pub frequency_recorded: bool,
    /// The recency factor, in (0, 1].
    pub recency: f64,
    /// Days since the last contact, if recorded.
    pub age_days: Option<i64>,
}

impl StrengthModel {
    /// The strength of `tie` on `day`.
    pub fn strength(&self, tie: &Tie, day: Date) -> TieStrength {
        let rating = tie.strength.unwrap_or(ASSUMED_RATING);
        let frequency = tie.frequency.map(frequency_score).unwrap_or(ASSUMED_FREQUENCY);
        let age_days = tie.last_contact.map(|last| (day - last).num_days().max(0));
        let recency = match age_days {
            Some(age) => (-(age as f64) / self.half_life_days).exp2(),
            None => UNDATED_RECENCY,
        };
        let base = self.rating_weight * f64::from(rating) / 5.0 + (1.0 - self.rating_weight) * frequency;
        TieStrength {
            value: (base * recency).clamp(0.0, 1.0),
            rating,
            rating_recorded: tie.strength.is_some(),
            frequency,
            frequency_recorded: tie.frequency.is_some(),
            recency,
            age_days,
        }
    }
}

/// How much contact a frequency stands for, from daily (1.0) to rarely (0.1).
pub fn frequency_score(frequency: Frequency) -> f64 {
    match frequency {
        Frequency::Daily => 1.0,
        Frequency::Weekly => 0.8,
        Frequency::Monthly => 0.6,
        Frequency::Quarterly => 0.4,
        Frequency::Yearly => 0.2,
        Frequency::Rarely => 0.1,
    }
}

impl TieStrength {
    /// Why this tie is as weak as it is, in plain words; empty for a tie with
    /// nothing holding it back.
    pub fn weaknesses(&self, tie: &Tie, model: &StrengthModel) -> Vec<String> {
        let mut reasons = Vec::new();
        if !self.rating_recorded {
            reasons.push("no strength rating recorded (assumed 3 of 5)".to_string());
        } else if self.rating <= 2 {
            reasons.push(format!("rated {} of 5", self.rating));
        }
        match tie.frequency {
            None => reasons.push("how often they are in contact is not recorded".to_string()),
            Some(f @ (Frequency::Yearly | Frequency::Rarely | Frequency::Quarterly)) => {
                reasons.push(format!("in contact only {f}"))
            }
            Some(_) => {}
        }
        match self.age_days {
            None => reasons.push("no date of last contact recorded".to_string()),
            Some(age) if age as f64 >= model.half_life_days / 2.0 => reasons
                .push(format!("last contact {age} days ago, so it counts {:.0}% as strong", self.recency * 100.0)),
            Some(_) => {}
        }
        reasons
    }

    pub fn is_weak(&self, model: &StrengthModel) -> bool {
        self.value < model.weak_below
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vocabulary::TieKind;

    fn tie(strength: Option<u8>, frequency: Option<Frequency>, last: Option<&str>) -> Tie {
        Tie {
            person_a: "a".into(),
            person_b: "b".into(),
            kind: TieKind::WorksWith,
            strength,
            frequency,
            last_contact: last.map(|d| d.parse().unwrap()),
            since: None,
            source: None,
            note: None,
        }
    }

    fn day() -> Date {
        "2026-11-01".parse().unwrap()
    }

    #[test]
    fn a_strong_daily_tie_used_today_is_full_strength() {
        let s = StrengthModel::default().strength(&tie(Some(5), Some(Frequency::Daily), Some("2026-11-01")), day());
        assert_eq!(s.value, 1.0);
    }

    #[test]
    fn strength_halves_every_half_life() {
        let model = StrengthModel::default();
        let fresh = model.strength(&tie(Some(4), Some(Frequency::Weekly), Some("2026-11-01")), day());
        let old = model.strength(&tie(Some(4), Some(Frequency::Weekly), Some("2026-05-05")), day());
        assert_eq!(old.age_days, Some(180));
        assert!((old.value - fresh.value / 2.0).abs() < 1e-12);
        assert!((fresh.value - (0.6 * 0.8 + 0.4 * 0.8)).abs() < 1e-12);
    }

    #[test]
    fn what_is_missing_is_assumed_middling_and_said() {
        let model = StrengthModel::default();
        let t = tie(None, None, None);
        let s = model.strength(&t, day());
        assert!((s.value - (0.6 * 0.6 + 0.4 * 0.5) * 0.5).abs() < 1e-12);
        assert_eq!(
            s.weaknesses(&t, &model),
            vec![
                "no strength rating recorded (assumed 3 of 5)",
                "how often they are in contact is not recorded",
                "no date of last contact recorded",
            ]
        );
        assert!(s.is_weak(&model));
    }

    #[test]
    fn a_weak_tie_says_why() {
        let model = StrengthModel::default();
        let t = tie(Some(2), Some(Frequency::Yearly), Some("2025-11-01"));
        assert_eq!(
            model.strength(&t, day()).weaknesses(&t, &model),
            vec!["rated 2 of 5", "in contact only yearly", "last contact 365 days ago, so it counts 25% as strong"]
        );
    }
}
