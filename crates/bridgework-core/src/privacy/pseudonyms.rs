//! A stable pseudonym for each person ("Person 0412"), derived from the
//! map's secret and the person's spreadsheet id.
//!
//! A person's candidates are numbers drawn from HMAC-SHA256 of their id
//! keyed by the secret: four of four digits (0000–9999), then four of five
//! digits (10000–99999), and so on, so a small map keeps short numbers and
//! any map finds free ones. Everyone is given their first candidate no one
//! before them holds, in the order of a keyed hash of their id, so two
//! people never share a pseudonym and the result depends only on the secret
//! and the set of ids: not on the order rows come in, the day, or the
//! machine. Without the secret, the numbers say nothing about the ids.

use hmac::{Hmac, Mac};
use rustc_hash::{FxHashMap, FxHashSet};
use sha2::Sha256;
use std::collections::BTreeSet;
use std::fmt;

/// The map's pseudonym secret: 32 random bytes made once per map file and
/// kept in it, never exported. Whoever holds it with a list of staff ids
/// could tell who each pseudonym is, so it is never printed either.
#[derive(Clone, PartialEq, Eq)]
pub struct PseudonymSecret([u8; 32]);

impl PseudonymSecret {
    pub const LEN: usize = 32;

    pub fn new(bytes: [u8; 32]) -> PseudonymSecret {
        PseudonymSecret(bytes)
    }

    /// The secret from stored bytes, or `None` unless there are exactly 32.
    pub fn from_slice(bytes: &[u8]) -> Option<PseudonymSecret> {
        bytes.try_into().ok().map(PseudonymSecret)
    }

    /// HMAC-SHA256 of `parts`, each followed by a zero byte so that no two
    /// lists of parts hash the same text.
    fn digest(&self, parts: &[&[u8]]) -> [u8; 32] {
        let mut mac = Hmac::<Sha256>::new_from_slice(&self.0).expect("HMAC takes a key of any length");
        for part in parts {
            mac.update(part);
            mac.update(&[0]);
        }
        mac.finalize().into_bytes().into()
    }
}

impl fmt::Debug for PseudonymSecret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("PseudonymSecret(withheld)")
    }
}

/// One person's pseudonym: a number shown with at least four digits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Pseudonym(u64);

impl Pseudonym {
    /// The number, as shown: "0412", or "10412" beyond four digits.
    pub fn number(self) -> String {
        format!("{:04}", self.0)
    }

    /// The name that stands for the person: "Person 0412".
    pub fn name(self) -> String {
        format!("Person {}", self.number())
    }

    /// The id that stands for the person's spreadsheet id: "P0412".
    pub fn id(self) -> String {
        format!("P{}", self.number())
    }
}

/// How many candidates of each width a person tries before a wider one.
const TRIES_PER_WIDTH: u32 = 4;

/// The widest numbers drawn: 10^18 fits a `u64` with room to spare.
const MAX_DIGITS: u32 = 18;

/// The pseudonyms of a set of people, by spreadsheet id.
#[derive(Debug, Clone, Default)]
pub struct Pseudonyms {
    by_id: FxHashMap<String, Pseudonym>,
}

impl Pseudonyms {
    /// The pseudonyms of the people `ids` name (repeats count once).
    pub fn new<'a>(secret: &PseudonymSecret, ids: impl IntoIterator<Item = &'a str>) -> Pseudonyms {
        let mut pseudonyms = Pseudonyms::default();
        pseudonyms.add(secret, ids);
        pseudonyms
    }

    /// The pseudonyms given before and kept (the map's pseudonym table): each
    /// person's number as it was stored, so that removing someone from the
    /// set of people (an erasure) renumbers nobody else.
    pub fn kept(numbers: impl IntoIterator<Item = (String, u64)>) -> Pseudonyms {
        Pseudonyms { by_id: numbers.into_iter().map(|(id, number)| (id, Pseudonym(number))).collect() }
    }

    /// Every person's pseudonym number, by spreadsheet id, to be kept.
    pub fn numbers(&self) -> impl Iterator<Item = (&str, u64)> {
        self.by_id.iter().map(|(id, pseudonym)| (id.as_str(), pseudonym.0))
    }

    /// Gives pseudonyms to those of `ids` who have none yet, after everyone
    /// who has one: nobody's pseudonym changes.
    pub fn add<'a>(&mut self, secret: &PseudonymSecret, ids: impl IntoIterator<Item = &'a str>) {
        let new: BTreeSet<&str> = ids.into_iter().filter(|id| !self.by_id.contains_key(*id)).collect();
        let mut order: Vec<([u8; 32], &str)> =
            new.into_iter().map(|id| (secret.digest(&[b"order", id.as_bytes()]), id)).collect();
        order.sort_unstable();
        let mut taken: FxHashSet<Pseudonym> = self.by_id.values().copied().collect();
        for (_, id) in order {
            let pseudonym = (0..)
                .map(|k| candidate(secret, id, k))
                .find(|c| !taken.contains(c))
                .expect("the candidates run on until one is free");
            taken.insert(pseudonym);
            self.by_id.insert(id.to_string(), pseudonym);
        }
    }

    /// The pseudonym of the person with spreadsheet id `id`.
    pub fn get(&self, id: &str) -> Option<Pseudonym> {
        self.by_id.get(id).copied()
    }

    pub fn len(&self) -> usize {
        self.by_id.len()
    }

    pub fn is_empty(&self) -> bool {
        self.by_id.is_empty()
    }
}

/// The `k`th number `id` may take.
fn candidate(secret: &PseudonymSecret, id: &str, k: u32) -> Pseudonym {
    let digits = (4 + k / TRIES_PER_WIDTH).min(MAX_DIGITS);
    let (low, high) = if digits == 4 { (0, 10_000) } else { (10u64.pow(digits - 1), 10u64.pow(digits)) };
    let digest = secret.digest(&[b"candidate", id.as_bytes(), &k.to_le_bytes()]);
    let value = u64::from_le_bytes(digest[..8].try_into().expect("eight bytes"));
    Pseudonym(low + value % (high - low))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_secret_is_never_printed() {
        assert_eq!(format!("{:?}", PseudonymSecret::new([7; 32])), "PseudonymSecret(withheld)");
    }

    #[test]
    fn kept_numbers_stay_when_someone_leaves_though_drawn_afresh_they_would_move() {
        let secret = PseudonymSecret::new([3; 32]);
        let ids: Vec<String> = (0..300).map(|n| format!("P{n}")).collect();
        let all = Pseudonyms::new(&secret, ids.iter().map(String::as_str));
        let mut moved_afresh = 0;
        for gone in &ids {
            let others = || ids.iter().filter(|id| *id != gone).map(String::as_str);
            let kept: Vec<(String, u64)> =
                all.numbers().filter(|(id, _)| id != gone).map(|(id, n)| (id.to_string(), n)).collect();
            let mut after = Pseudonyms::kept(kept);
            after.add(&secret, others().chain(["P300"]));
            let afresh = Pseudonyms::new(&secret, others());
            for id in others() {
                assert_eq!(after.get(id), all.get(id), "{id} moved when {gone} left");
            }
            moved_afresh += usize::from(others().any(|id| afresh.get(id) != all.get(id)));
            assert_eq!(after.len(), 300);
        }
        // Among 300 people some share a first candidate, so drawing again
        // without the kept numbers moves someone: what the table prevents.
        assert!(moved_afresh > 0);
    }

    #[test]
    fn numbers_are_four_digits_then_wider_and_never_alike() {
        assert_eq!(Pseudonym(412).name(), "Person 0412");
        assert_eq!(Pseudonym(412).id(), "P0412");
        assert_eq!(Pseudonym(10_412).name(), "Person 10412");
        let secret = PseudonymSecret::new([1; 32]);
        for k in 0..TRIES_PER_WIDTH * 3 {
            let n = candidate(&secret, "P1", k).0;
            let digits = 4 + k / TRIES_PER_WIDTH;
            assert_eq!(Pseudonym(n).number().len(), digits as usize, "candidate {k} is {n}");
        }
    }
}
