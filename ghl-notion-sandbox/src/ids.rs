//! Seeded id and token generation in GHL's formats.
//!
//! GHL ids are 20 alphanumeric characters (`seD4PfOuKoVMLkEZqohJ`); pipeline stages use UUIDs.
//! Every id comes from one seeded generator, so the same seed and the same calls give the same
//! ids.

/// The seed of location number `k`'s own generator, derived from `seed`: `seed` itself for the
/// first location (`k = 0`), so a one-location sandbox draws what it always drew, and a
/// well-spread different seed for every other.
pub fn location_seed(seed: u64, k: usize) -> u64 {
    seed ^ u64::try_from(k)
        .unwrap_or(u64::MAX)
        .wrapping_mul(0x9E37_79B9_7F4A_7C15)
}

/// A seeded generator of ids and tokens.
#[derive(Debug, Clone)]
pub struct IdGen {
    rng: fastrand::Rng,
}

const ALPHANUMERIC: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

impl IdGen {
    /// A generator seeded with `seed`.
    pub fn new(seed: u64) -> Self {
        Self {
            rng: fastrand::Rng::with_seed(seed),
        }
    }

    /// A 20-character GHL id.
    pub fn ghl_id(&mut self) -> String {
        self.alphanumeric(20)
    }

    /// `len` random alphanumeric characters.
    pub fn alphanumeric(&mut self, len: usize) -> String {
        (0..len)
            .map(|_| char::from(ALPHANUMERIC[self.rng.usize(..ALPHANUMERIC.len())]))
            .collect()
    }

    /// A lowercase UUID-shaped id (`e93ba61a-53b3-45e7-985a-c7732dbcdb69`).
    pub fn uuid(&mut self) -> String {
        let hex = |rng: &mut fastrand::Rng, n: usize| -> String {
            (0..n)
                .map(|_| char::from(b"0123456789abcdef"[rng.usize(..16)]))
                .collect()
        };
        let r = &mut self.rng;
        format!(
            "{}-{}-4{}-{}{}-{}",
            hex(r, 8),
            hex(r, 4),
            hex(r, 3),
            char::from(b"89ab"[r.usize(..4)]),
            hex(r, 3),
            hex(r, 12)
        )
    }

    /// An opaque token with a readable prefix, e.g. `pit-…`.
    pub fn token(&mut self, prefix: &str) -> String {
        format!("{prefix}{}", self.alphanumeric(40))
    }

    /// The underlying generator, for choices that are not ids.
    pub fn rng(&mut self) -> &mut fastrand::Rng {
        &mut self.rng
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_location_keeps_the_seed_and_the_others_differ() {
        assert_eq!(location_seed(42, 0), 42);
        let seeds: std::collections::BTreeSet<u64> =
            (0..100).map(|k| location_seed(42, k)).collect();
        assert_eq!(seeds.len(), 100);
    }

    #[test]
    fn same_seed_same_ids() {
        let (mut a, mut b) = (IdGen::new(9), IdGen::new(9));
        assert_eq!(a.ghl_id(), b.ghl_id());
        assert_eq!(a.uuid(), b.uuid());
        let id = a.ghl_id();
        assert_eq!(id.len(), 20);
        assert!(id.chars().all(|c| c.is_ascii_alphanumeric()));
        assert_eq!(a.uuid().len(), 36);
    }
}
