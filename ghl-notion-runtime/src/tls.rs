//! The rustls crypto provider for the clients' `rustls-ring` features.
//!
//! reqwest's `rustls-no-provider` mode uses rustls's process-wide default provider and panics
//! when a client is built without one. The clients call [`install_ring_provider`] before they
//! build their HTTP client, so ring is used unless the program installed a provider first.

/// Installs rustls's ring provider as the process default, unless one is installed already.
///
/// ```
/// ghl_notion_runtime::tls::install_ring_provider();
/// assert!(rustls::crypto::CryptoProvider::get_default().is_some());
/// ```
pub fn install_ring_provider() {
    if rustls::crypto::CryptoProvider::get_default().is_none() {
        // Another thread may have installed one in between: theirs is kept, which is as good.
        let _ = rustls::crypto::ring::default_provider().install_default();
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_process_without_a_provider_gets_ring() {
        // Nothing else in this test binary installs a provider.
        assert!(rustls::crypto::CryptoProvider::get_default().is_none());
        super::install_ring_provider();
        assert!(rustls::crypto::CryptoProvider::get_default().is_some());
        // A second call keeps the one installed.
        super::install_ring_provider();
        assert!(rustls::crypto::CryptoProvider::get_default().is_some());
    }
}
