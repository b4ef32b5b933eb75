//! Identifier conversions: spec names to Rust module, type, field and method names.

/// Rust's reserved words, which need `r#` (or, for `self`/`Self`/`crate`/`super`, a suffix).
const KEYWORDS: &[&str] = &[
    "as", "async", "await", "break", "const", "continue", "dyn", "else", "enum", "extern", "false",
    "fn", "for", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref",
    "return", "static", "struct", "trait", "true", "type", "unsafe", "use", "where", "while",
    "abstract", "become", "box", "do", "final", "gen", "macro", "override", "priv", "try",
    "typeof", "unsized", "virtual", "yield",
];

/// Splits a name into lowercase words at case changes, digits-to-letters and any
/// non-alphanumeric character.
fn words(name: &str) -> Vec<String> {
    let chars: Vec<char> = name.chars().collect();
    let mut words = Vec::new();
    let mut current = String::new();
    for (i, &c) in chars.iter().enumerate() {
        if !c.is_ascii_alphanumeric() {
            if !current.is_empty() {
                words.push(std::mem::take(&mut current));
            }
            continue;
        }
        let prev = i.checked_sub(1).map(|p| chars[p]);
        let next = chars.get(i + 1).copied();
        let boundary = match prev {
            Some(p) if c.is_ascii_uppercase() => {
                p.is_ascii_lowercase()
                    || p.is_ascii_digit()
                    || (p.is_ascii_uppercase() && next.is_some_and(|n| n.is_ascii_lowercase()))
            }
            _ => false,
        };
        if boundary && !current.is_empty() {
            words.push(std::mem::take(&mut current));
        }
        current.push(c.to_ascii_lowercase());
    }
    if !current.is_empty() {
        words.push(current);
    }
    words
}

/// `snake_case`, escaped if it is a keyword or starts with a digit.
pub fn snake(name: &str) -> String {
    let joined = words(name).join("_");
    let joined = if joined.is_empty() {
        "value".to_owned()
    } else {
        joined
    };
    escape(joined)
}

/// `PascalCase`, prefixed if it starts with a digit.
pub fn pascal(name: &str) -> String {
    let mut out = String::new();
    for w in words(name) {
        let mut cs = w.chars();
        if let Some(first) = cs.next() {
            out.push(first.to_ascii_uppercase());
            out.extend(cs);
        }
    }
    if out.is_empty() {
        return "Value".to_owned();
    }
    if out.starts_with(|c: char| c.is_ascii_digit()) {
        out.insert(0, 'T');
    }
    if out == "Self" {
        out.push('_');
    }
    out
}

fn escape(ident: String) -> String {
    if ident.starts_with(|c: char| c.is_ascii_digit()) {
        return format!("n{ident}");
    }
    match ident.as_str() {
        "self" | "crate" | "super" => format!("{ident}_"),
        _ if KEYWORDS.contains(&ident.as_str()) => format!("r#{ident}"),
        _ => ident,
    }
}

/// `name` made unique among `taken` by a numeric suffix, and recorded.
pub fn unique(name: String, taken: &mut std::collections::BTreeSet<String>) -> String {
    if taken.insert(name.clone()) {
        return name;
    }
    let base = name.trim_start_matches("r#").to_owned();
    (2..)
        .map(|n| format!("{base}_{n}"))
        .find(|candidate| taken.insert(candidate.clone()))
        .unwrap_or(name)
}

/// Text made safe for a `///` doc comment: one line per input line, trimmed (so nothing
/// becomes an indented code block), code fences and brackets neutralised.
pub fn doc_lines(text: &str) -> Vec<String> {
    text.lines()
        .map(|line| {
            line.trim()
                .replace("```", "'''")
                .replace('[', "\\[")
                .replace(']', "\\]")
                .replace('<', "&lt;")
                .replace('>', "&gt;")
        })
        .collect()
}

/// A Rust string literal for `s`.
pub fn lit(s: &str) -> String {
    format!("{s:?}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cases() {
        assert_eq!(snake("search-conversation"), "search_conversation");
        assert_eq!(snake("getContact"), "get_contact");
        assert_eq!(snake("HTTPServer2Go"), "http_server2_go");
        assert_eq!(snake("type"), "r#type");
        assert_eq!(snake("self"), "self_");
        assert_eq!(snake("2fa"), "n2fa");
        assert_eq!(snake("$ref.name"), "ref_name");
        assert_eq!(pascal("create-contact dto"), "CreateContactDto");
        assert_eq!(pascal("UpsertContactDTO"), "UpsertContactDto");
        assert_eq!(pascal("3d"), "T3d");
    }

    #[test]
    fn uniqueness() {
        let mut taken = std::collections::BTreeSet::new();
        assert_eq!(unique("a".into(), &mut taken), "a");
        assert_eq!(unique("a".into(), &mut taken), "a_2");
        assert_eq!(unique("r#type".into(), &mut taken), "r#type");
        assert_eq!(unique("r#type".into(), &mut taken), "type_2");
    }

    #[test]
    fn docs_are_defused() {
        assert_eq!(
            doc_lines("  ```json\n    [a](b) <br>"),
            vec!["'''json", "\\[a\\](b) &lt;br&gt;"]
        );
    }
}
