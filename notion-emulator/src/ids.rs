//! Deterministic identifiers: UUID v4 strings for objects and short property ids, drawn from a
//! seeded generator so the same seed and the same calls give the same ids.

/// The id generator of one emulator.
#[derive(Debug, Clone)]
pub(crate) struct IdGen {
    rng: fastrand::Rng,
}

/// Characters a property id is made of; some are percent-encoded, as in Notion's ids.
const ID_PIECES: &[&str] = &[
    "A", "B", "C", "D", "E", "F", "G", "H", "J", "K", "L", "M", "N", "P", "Q", "R", "S", "T", "U",
    "V", "W", "X", "Y", "Z", "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "m", "n", "o",
    "p", "q", "r", "s", "t", "u", "v", "w", "x", "y", "z", "2", "3", "4", "5", "6", "7", "8", "9",
    "%3A", "%3B", "%3C", "%3D", "%3E", "%3F", "%40", "%5B", "%5D", "%5E", "%60", "%7B", "%7C",
    "%7D", "%7E",
];

impl IdGen {
    /// A generator seeded with `seed`.
    pub(crate) fn new(seed: u64) -> Self {
        Self {
            rng: fastrand::Rng::with_seed(seed),
        }
    }

    /// A random UUID v4 in its dashed lowercase form.
    pub(crate) fn uuid(&mut self) -> String {
        let mut bytes = [0u8; 16];
        for b in &mut bytes {
            *b = self.rng.u8(..);
        }
        bytes[6] = (bytes[6] & 0x0f) | 0x40;
        bytes[8] = (bytes[8] & 0x3f) | 0x80;
        let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
        format!(
            "{}-{}-{}-{}-{}",
            &hex[0..8],
            &hex[8..12],
            &hex[12..16],
            &hex[16..20],
            &hex[20..32]
        )
    }

    /// A short property or option id such as `a%3Fb7`, unique against `taken`.
    pub(crate) fn short(&mut self, taken: &dyn Fn(&str) -> bool) -> String {
        loop {
            let id: String = (0..4)
                .map(|_| ID_PIECES[self.rng.usize(..ID_PIECES.len())])
                .collect();
            if !taken(&id) && id != "title" {
                return id;
            }
        }
    }
}

/// The dashed lowercase form of a Notion id given with or without dashes, if it is one.
pub(crate) fn normalize_uuid(raw: &str) -> Option<String> {
    let hex: String = raw.chars().filter(|c| *c != '-').collect();
    let dashed_ok = raw.len() == 32
        || (raw.len() == 36
            && raw
                .char_indices()
                .all(|(i, c)| (c == '-') == matches!(i, 8 | 13 | 18 | 23)));
    if !dashed_ok || hex.len() != 32 || !hex.chars().all(|c| c.is_ascii_hexdigit()) {
        return None;
    }
    let hex = hex.to_ascii_lowercase();
    Some(format!(
        "{}-{}-{}-{}-{}",
        &hex[0..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..32]
    ))
}

/// An id without dashes, as used in Notion URLs.
pub(crate) fn compact(id: &str) -> String {
    id.replace('-', "")
}

/// Decodes `%XX` escapes (used to match property ids given decoded or encoded).
pub(crate) fn percent_decode(raw: &str) -> String {
    let bytes = raw.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).ok();
            if let Some(v) = hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                out.push(v);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uuids_are_v4_and_deterministic() {
        let a = IdGen::new(7).uuid();
        let b = IdGen::new(7).uuid();
        assert_eq!(a, b);
        assert_eq!(a.len(), 36);
        assert_eq!(&a[14..15], "4");
        assert!(matches!(&a[19..20], "8" | "9" | "a" | "b"));
        assert_eq!(normalize_uuid(&a).as_deref(), Some(a.as_str()));
    }

    #[test]
    fn normalizes_compact_and_rejects_garbage() {
        let id = "0123456789ABCDEF0123456789abcdef";
        assert_eq!(
            normalize_uuid(id).as_deref(),
            Some("01234567-89ab-cdef-0123-456789abcdef")
        );
        assert_eq!(normalize_uuid("abc"), None);
        assert_eq!(normalize_uuid("01234567-89ab-cdef-0123-456789abcdeg"), None);
        assert_eq!(normalize_uuid("0123456789ab-cdef-0123-456789abcdef-"), None);
        assert_eq!(compact("0123-45"), "012345");
    }

    #[test]
    fn percent_decoding() {
        assert_eq!(percent_decode("a%3Fb"), "a?b");
        assert_eq!(percent_decode("%7"), "%7");
        assert_eq!(percent_decode("%zz"), "%zz");
    }
}
