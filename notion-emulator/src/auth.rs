//! Bearer-token authentication: `Authorization: Bearer <token>` must name the configured token.

use http::HeaderMap;

use crate::error::ApiError;

/// Checks the `Authorization` header against `token`; returns the token on success.
pub(crate) fn authenticate<'a>(headers: &HeaderMap, token: &'a str) -> Result<&'a str, ApiError> {
    let given = headers
        .get(http::header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| {
            let (scheme, rest) = v.trim().split_once(' ')?;
            scheme.eq_ignore_ascii_case("bearer").then_some(rest.trim())
        });
    match given {
        Some(t) if !token.is_empty() && constant_time_eq(t.as_bytes(), token.as_bytes()) => {
            Ok(token)
        }
        _ => Err(ApiError::unauthorized()),
    }
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(value: &str) -> HeaderMap {
        let mut h = HeaderMap::new();
        h.insert(http::header::AUTHORIZATION, value.parse().unwrap());
        h
    }

    #[test]
    fn bearer_checks() {
        assert!(authenticate(&headers("Bearer secret_x"), "secret_x").is_ok());
        assert!(authenticate(&headers("bearer secret_x"), "secret_x").is_ok());
        assert!(authenticate(&headers("Bearer secret_y"), "secret_x").is_err());
        assert!(authenticate(&headers("Basic secret_x"), "secret_x").is_err());
        assert!(authenticate(&HeaderMap::new(), "secret_x").is_err());
    }
}
