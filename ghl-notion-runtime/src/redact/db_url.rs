//! Database connection URLs with their password hidden, for logs, errors and `Debug`.

/// `url` with any password replaced by `***`, for logs and errors.
///
/// ```
/// use ghl_notion_runtime::redact::redact_db_url;
/// assert_eq!(redact_db_url("postgres://app:s3cret@db:5432/sync"), "postgres://app:***@db:5432/sync");
/// assert_eq!(redact_db_url("host=db password=s3cret"), "host=db password=***");
/// ```
///
/// Handles both forms the driver reads: a URL (`postgres://user:secret@host/db`, and a
/// `password=` query parameter) and a key-value string (`host=h password=secret`). A value
/// that cannot be read at all is replaced whole, since where its password sits is unknown.
pub fn redact_db_url(url: &str) -> String {
    let lower = url.to_ascii_lowercase();
    if lower.starts_with("postgres://") || lower.starts_with("postgresql://") {
        redact_url_form(url)
    } else if url.contains('=') {
        redact_key_values(url)
    } else {
        "<unreadable database URL>".to_owned()
    }
}

fn redact_url_form(url: &str) -> String {
    let Some(scheme_end) = url.find("://").map(|i| i + 3) else {
        return "<unreadable database URL>".to_owned();
    };
    let (scheme, rest) = url.split_at(scheme_end);
    // The authority ends at the first '/', '?' or '#'; its userinfo at the last '@' in it.
    let authority_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let (authority, tail) = rest.split_at(authority_end);
    let authority = match authority.rfind('@') {
        Some(at) => {
            let (userinfo, host) = authority.split_at(at);
            match userinfo.find(':') {
                Some(colon) => format!("{}:***{host}", &userinfo[..colon]),
                None => authority.to_owned(),
            }
        }
        None => authority.to_owned(),
    };
    let tail = match tail.find('?') {
        Some(q) => {
            let (path, query) = tail.split_at(q + 1);
            let query = query
                .split('&')
                .map(|pair| match pair.split_once('=') {
                    Some((k, _)) if k.eq_ignore_ascii_case("password") => format!("{k}=***"),
                    _ => pair.to_owned(),
                })
                .collect::<Vec<_>>()
                .join("&");
            format!("{path}{query}")
        }
        None => tail.to_owned(),
    };
    format!("{scheme}{authority}{tail}")
}

fn redact_key_values(conn: &str) -> String {
    // `password = 'it''s secret'`: find the key, skip to the end of its value.
    let lower = conn.to_ascii_lowercase();
    let Some(key) = lower.find("password") else {
        return conn.to_owned();
    };
    let after_key = key + "password".len();
    let rest = &conn[after_key..];
    let Some(eq) = rest.find('=') else {
        return conn.to_owned();
    };
    if !rest[..eq].trim().is_empty() {
        return "<unreadable database URL>".to_owned();
    }
    let value = rest[eq + 1..].trim_start();
    let value_start = conn.len() - value.len();
    let value_len = if let Some(quoted) = value.strip_prefix('\'') {
        // Up to the closing quote ('' and \' are escapes).
        let bytes = quoted.as_bytes();
        let mut i = 0;
        loop {
            match bytes.get(i) {
                None => break quoted.len() + 1,
                Some(b'\\') => i += 2,
                Some(b'\'') if bytes.get(i + 1) == Some(&b'\'') => i += 2,
                Some(b'\'') => break i + 2,
                Some(_) => i += 1,
            }
        }
    } else {
        value.find(char::is_whitespace).unwrap_or(value.len())
    };
    let value_end = (value_start + value_len).min(conn.len());
    format!(
        "{}***{}",
        &conn[..value_start],
        redact_key_values(&conn[value_end..])
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_never_survive_redaction() {
        let cases = [
            (
                "postgres://app:s3cret@db.example:5432/sync",
                "postgres://app:***@db.example:5432/sync",
            ),
            (
                "postgresql://app:p%40ss@h/db?sslmode=disable",
                "postgresql://app:***@h/db?sslmode=disable",
            ),
            ("postgres://app@h/db", "postgres://app@h/db"),
            ("postgres://h/db", "postgres://h/db"),
            (
                "postgres://u@h/db?password=s3cret&application_name=x",
                "postgres://u@h/db?password=***&application_name=x",
            ),
            ("postgres://u:a@b@h/db", "postgres://u:***@h/db"),
            (
                "host=h user=u password=s3cret dbname=d",
                "host=h user=u password=*** dbname=d",
            ),
            (
                "host=h password = 'it''s s3cret' dbname=d",
                "host=h password = *** dbname=d",
            ),
            ("not a url", "<unreadable database URL>"),
        ];
        for (url, want) in cases {
            let got = redact_db_url(url);
            assert_eq!(got, want, "{url}");
            assert!(!got.contains("s3cret"), "{got}");
        }
    }

    #[test]
    fn redaction_never_panics_on_odd_input() {
        for url in [
            "",
            "=",
            "password",
            "password=",
            "password='",
            "password='\\",
            "postgres://",
            "postgres://:@",
            "postgres://@/?",
            "postgres://u:p@h?password",
            "PASSWORD=é x",
        ] {
            let _ = redact_db_url(url);
        }
    }
}
