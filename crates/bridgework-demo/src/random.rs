//! Deterministic pseudo-random numbers: xoshiro256** seeded through SplitMix64.
//!
//! Hand-rolled rather than taken from a crate on purpose: a map generated from
//! a seed must never change because a dependency changed its algorithm or the
//! way it draws from a range. Statistical quality matters a little here
//! (names, dates, who knows whom), security not at all.

use std::ops::Range;

/// What a generator is drawing for. Each purpose has its own stream of the
/// seed, so drawing more or less for one purpose leaves the others unchanged.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Stream {
    People = 1,
    Turnover,
    Choice,
    Ties,
    Planted,
    Blemishes,
    Links,
}

/// A xoshiro256** generator.
#[derive(Debug, Clone)]
pub(crate) struct Rng {
    state: [u64; 4],
}

/// One step of SplitMix64, the generator xoshiro's authors recommend for seeding.
fn splitmix64(state: &mut u64) -> u64 {
    *state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
    let mut z = *state;
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

impl Rng {
    /// The generator for one purpose of one seed.
    pub fn new(seed: u64, stream: Stream) -> Rng {
        let mut mixer = seed;
        let mut state = splitmix64(&mut mixer) ^ (stream as u64).wrapping_mul(0xD1B5_4A32_D192_ED03);
        Rng { state: std::array::from_fn(|_| splitmix64(&mut state)) }
    }

    pub fn next_u64(&mut self) -> u64 {
        let s = &mut self.state;
        let result = s[1].wrapping_mul(5).rotate_left(7).wrapping_mul(9);
        let t = s[1] << 17;
        s[2] ^= s[0];
        s[3] ^= s[1];
        s[1] ^= s[2];
        s[0] ^= s[3];
        s[2] ^= t;
        s[3] = s[3].rotate_left(45);
        result
    }

    /// Uniform in `0..n`, for `n > 0`, by multiply-and-shift. Its bias (under
    /// n / 2^64) is far below anything a generated map could show.
    pub fn below(&mut self, n: usize) -> usize {
        debug_assert!(n > 0, "nothing to draw from");
        ((u128::from(self.next_u64()) * n as u128) >> 64) as usize
    }

    /// Uniform in `low..=high`.
    pub fn between(&mut self, low: u32, high: u32) -> u32 {
        debug_assert!(low <= high);
        low + self.below((high - low) as usize + 1) as u32
    }

    /// Uniform in a range of indices, which must not be empty.
    pub fn within(&mut self, range: &Range<u32>) -> u32 {
        range.start + self.below(range.len()) as u32
    }

    /// True with probability `per_mille` / 1000.
    pub fn per_mille(&mut self, per_mille: u32) -> bool {
        self.below(1000) < per_mille as usize
    }

    /// One item, uniformly. `items` must not be empty.
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    /// One value, with probability in proportion to its weight.
    pub fn weighted<T: Copy>(&mut self, choices: &[(T, u32)]) -> T {
        let total: u32 = choices.iter().map(|(_, weight)| weight).sum();
        let mut roll = self.below(total as usize) as u32;
        for &(value, weight) in choices {
            if roll < weight {
                return value;
            }
            roll -= weight;
        }
        unreachable!("the roll is below the total weight")
    }

    /// Fisher–Yates.
    pub fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            items.swap(i, self.below(i + 1));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn xoshiro_and_splitmix_match_their_reference_outputs() {
        let mut rng = Rng { state: [1, 2, 3, 4] };
        let drawn: Vec<u64> = (0..6).map(|_| rng.next_u64()).collect();
        assert_eq!(drawn, [11520, 0, 1509978240, 1215971899390074240, 1216172134540287360, 607988272756665600]);
        let mut state = 1234567;
        let drawn: Vec<u64> = (0..3).map(|_| splitmix64(&mut state)).collect();
        assert_eq!(drawn, [6457827717110365317, 3203168211198807973, 9817491932198370423]);
    }

    #[test]
    fn a_seed_gives_the_same_numbers_on_every_build() {
        // Pinned: if these change, every generated map changes with them.
        let mut rng = Rng::new(42, Stream::People);
        let drawn: Vec<u64> = (0..3).map(|_| rng.next_u64()).collect();
        assert_eq!(drawn, [17604071880264941726, 13049929662915288091, 16314220431934199612]);
    }

    #[test]
    fn streams_of_one_seed_differ() {
        let a = Rng::new(7, Stream::People).next_u64();
        let b = Rng::new(7, Stream::Ties).next_u64();
        assert_ne!(a, b);
    }

    #[test]
    fn draws_stay_in_range() {
        let mut rng = Rng::new(1, Stream::Choice);
        for _ in 0..10_000 {
            assert!(rng.below(7) < 7);
            assert!((3..=5).contains(&rng.between(3, 5)));
            assert!((10..12).contains(&rng.within(&(10..12))));
        }
        assert_eq!(rng.between(4, 4), 4);
    }

    #[test]
    fn shuffling_keeps_every_item() {
        let mut rng = Rng::new(3, Stream::Choice);
        let mut items: Vec<u32> = (0..100).collect();
        rng.shuffle(&mut items);
        assert_ne!(items, (0..100).collect::<Vec<_>>());
        items.sort_unstable();
        assert_eq!(items, (0..100).collect::<Vec<_>>());
    }
}
