//! A real `SIGKILL` between GHL's rotation and the save, for the file store and the SQLite
//! store, against the embedded sandbox (rotation with a 30-second grace).
//!
//! The parent installs a token, then re-runs this test binary as a child process
//! ([`crash_child_entry`], selected by [`CHILD_ENV`]). The child loads the install from the
//! store and refreshes it; GHL (the sandbox) rotates the refresh token; the child's store
//! wrapper prints `ROTATED <fingerprint>` and blocks its save forever. The parent reads that
//! line and kills the child with `SIGKILL`. The child's lease is still recorded, unexpired;
//! the refresh token in the store is the one GHL just rotated away from.
//!
//! A fresh provider in the parent must then take the dead child's lease at once (no waiting:
//! its clock records every sleep), refresh with the old token inside GHL's grace, get the
//! very pair the child was given, save it and call the API with it: no `invalid_grant`, no
//! re-authorization. Waiting out a 45-second lease, as before, would have run past the grace,
//! which the test shows last.
#![cfg(all(feature = "oauth", unix))]

#[path = "oauth_support/mod.rs"]
mod support;

use std::io::{BufRead, BufReader, Write};
use std::os::unix::process::ExitStatusExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use futures_util::future::BoxFuture;
use ghl_client::oauth::{
    Callback, FileStore, Fingerprint, OAuthApp, OAuthCredentials, OAuthProvider, StoreResult,
    StoredToken, TokenStore, UserType,
};
use ghl_client::runtime::{Clock as _, ManualClock};
use ghl_client::{Error, GhlClient, Request, TokenProvider};
use ghl_notion_sandbox::{Sandbox, SandboxConfig};
use secrecy::ExposeSecret;

/// Selects child mode and names the store kind (`file` or `sqlite`).
const CHILD_ENV: &str = "GHL_OAUTH_CRASH_CHILD";
const PATH_ENV: &str = "GHL_OAUTH_CRASH_STORE_PATH";
const URL_ENV: &str = "GHL_OAUTH_CRASH_BASE_URL";
const ID_ENV: &str = "GHL_OAUTH_CRASH_CLIENT_ID";
const SECRET_ENV: &str = "GHL_OAUTH_CRASH_CLIENT_SECRET";
const RESOURCE_ENV: &str = "GHL_OAUTH_CRASH_RESOURCE";
/// What the child prints once GHL has rotated the token, before its save blocks.
const ROTATED: &str = "ROTATED ";
const SIGKILL: i32 = 9;
const REDIRECT: &str = "http://localhost:9/oauth/callback";

#[derive(Debug, Clone, Copy, PartialEq)]
enum Kind {
    File,
    #[cfg(feature = "sqlite")]
    Sqlite,
}

impl Kind {
    fn name(self) -> &'static str {
        match self {
            Kind::File => "file",
            #[cfg(feature = "sqlite")]
            Kind::Sqlite => "sqlite",
        }
    }

    fn parse(name: &str) -> Self {
        match name {
            "file" => Kind::File,
            #[cfg(feature = "sqlite")]
            "sqlite" => Kind::Sqlite,
            other => panic!("unknown store kind {other}"),
        }
    }

    fn open(self, path: &Path) -> Arc<dyn TokenStore> {
        match self {
            Kind::File => Arc::new(FileStore::new(path).unwrap()),
            #[cfg(feature = "sqlite")]
            Kind::Sqlite => Arc::new(ghl_client::oauth::SqliteStore::open(path).unwrap()),
        }
    }

    /// The `until` of the lease recorded for `resource`, in Unix milliseconds.
    fn recorded_lease_until(self, path: &Path, resource: &str) -> Option<i64> {
        match self {
            Kind::File => {
                let store = FileStore::new(path).unwrap();
                let bytes = std::fs::read(store.lease_path(resource)).ok()?;
                let record: serde_json::Value = serde_json::from_slice(&bytes).ok()?;
                record["until_ms"].as_i64()
            }
            #[cfg(feature = "sqlite")]
            Kind::Sqlite => {
                let conn = rusqlite::Connection::open(path).unwrap();
                conn.query_row(
                    "SELECT until_ms FROM ghl_token_leases WHERE resource = ?1",
                    [resource],
                    |row| row.get(0),
                )
                .ok()
            }
        }
    }
}

/// The child's store: saves print [`ROTATED`] and the new token's fingerprint, then never
/// return (the process is killed while it waits).
#[derive(Debug)]
struct HangingSave(Arc<dyn TokenStore>);

impl HangingSave {
    fn hang(token: &StoredToken) -> BoxFuture<'static, StoreResult<bool>> {
        let mut out = std::io::stdout().lock();
        writeln!(out, "{ROTATED}{}", token.fingerprint().as_str()).unwrap();
        out.flush().unwrap();
        Box::pin(std::future::pending())
    }
}

impl TokenStore for HangingSave {
    fn load<'a>(&'a self, resource: &'a str) -> BoxFuture<'a, StoreResult<Option<StoredToken>>> {
        self.0.load(resource)
    }
    fn save<'a>(
        &'a self,
        _resource: &'a str,
        token: &'a StoredToken,
    ) -> BoxFuture<'a, StoreResult<()>> {
        let hang = Self::hang(token);
        Box::pin(async move { hang.await.map(|_| ()) })
    }
    fn save_if<'a>(
        &'a self,
        _resource: &'a str,
        _expected: Option<&'a Fingerprint>,
        token: &'a StoredToken,
    ) -> BoxFuture<'a, StoreResult<bool>> {
        Self::hang(token)
    }
    fn delete<'a>(&'a self, resource: &'a str) -> BoxFuture<'a, StoreResult<()>> {
        self.0.delete(resource)
    }
    fn resources(&self) -> BoxFuture<'_, StoreResult<Vec<String>>> {
        self.0.resources()
    }
    fn acquire_lease<'a>(
        &'a self,
        resource: &'a str,
        holder: &'a str,
        until: SystemTime,
        now: SystemTime,
    ) -> BoxFuture<'a, StoreResult<bool>> {
        self.0.acquire_lease(resource, holder, until, now)
    }
    fn release_lease<'a>(
        &'a self,
        resource: &'a str,
        holder: &'a str,
    ) -> BoxFuture<'a, StoreResult<()>> {
        self.0.release_lease(resource, holder)
    }
}

/// Child mode: does nothing unless [`CHILD_ENV`] is set (by the parent tests below).
#[test]
fn crash_child_entry() {
    let Ok(kind) = std::env::var(CHILD_ENV) else {
        return;
    };
    let env = |name: &str| std::env::var(name).unwrap_or_else(|_| panic!("{name} is set"));
    let kind = Kind::parse(&kind);
    let path = PathBuf::from(env(PATH_ENV));
    let resource = env(RESOURCE_ENV);
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async {
        let store = Arc::new(HangingSave(kind.open(&path)));
        let app = OAuthApp::new(
            OAuthCredentials::new(env(ID_ENV), env(SECRET_ENV)),
            GhlClient::builder().base_url(env(URL_ENV)),
        )
        .unwrap();
        let provider = OAuthProvider::builder(app, store).build();
        let outcome = provider.force_refresh(&resource).await;
        panic!("the child's save returned: {outcome:?}");
    });
}

/// Opens the consent page (the sandbox approves at once) and reads the code off the redirect.
async fn authorize(sandbox: &Sandbox, app: &OAuthApp) -> String {
    let url = app
        .authorize_url(REDIRECT)
        .host(sandbox.ghl_base_url())
        .state("crash")
        .build()
        .unwrap();
    let browser = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let answer = browser.get(url).send().await.unwrap();
    let location = answer.headers()["location"].to_str().unwrap().to_owned();
    Callback::from_redirect(&location, Some("crash"))
        .unwrap()
        .code
}

/// Runs the child until GHL has rotated, kills it, and returns the fingerprint of the pair
/// it was given.
async fn run_child_until_rotated(
    kind: Kind,
    store_path: &Path,
    sandbox: &Sandbox,
    resource: &str,
) -> String {
    let mut child = Command::new(std::env::current_exe().unwrap())
        .args([
            "crash_child_entry",
            "--exact",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(CHILD_ENV, kind.name())
        .env(PATH_ENV, store_path)
        .env(URL_ENV, sandbox.ghl_base_url())
        .env(ID_ENV, sandbox.oauth_client_id())
        .env(SECRET_ENV, sandbox.oauth_client_secret())
        .env(RESOURCE_ENV, resource)
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let reader = tokio::task::spawn_blocking(move || {
        for line in BufReader::new(stdout).lines() {
            let line = line.ok()?;
            // The harness may have started the line ("test crash_child_entry ... ").
            if let Some((_, fingerprint)) = line.split_once(ROTATED) {
                return Some(fingerprint.trim().to_owned());
            }
        }
        None
    });
    // A safety net for a broken child, not a wait: the line normally arrives at once.
    let rotated = tokio::time::timeout(Duration::from_secs(120), reader).await;
    child.kill().unwrap();
    let status = child.wait().unwrap();
    let rotated = rotated
        .expect("the child reported the rotation in time")
        .unwrap()
        .expect("the child printed the rotation before exiting");
    assert_eq!(
        status.signal(),
        Some(SIGKILL),
        "the child died of SIGKILL: {status:?}"
    );
    rotated
}

async fn sigkill_after_rotation(kind: Kind, store_path: PathBuf) {
    let sandbox = Sandbox::start(SandboxConfig::default().with_seed(23))
        .await
        .unwrap();
    // The parent's clock starts at the real time (the child uses the real clock) and moves
    // only when something sleeps on it.
    let clock = ManualClock::starting_at(SystemTime::now());
    let base = || {
        GhlClient::builder()
            .base_url(sandbox.ghl_base_url())
            .clock(clock.shared())
            .jitter_seed(5)
    };
    let app = OAuthApp::new(
        OAuthCredentials::new(sandbox.oauth_client_id(), sandbox.oauth_client_secret()),
        base(),
    )
    .unwrap();

    // Install.
    let code = authorize(&sandbox, &app).await;
    let tokens = app
        .exchange_code(&code, UserType::Location, Some(REDIRECT))
        .await
        .unwrap();
    let installer = OAuthProvider::builder(app.clone(), kind.open(&store_path)).build();
    let resource = installer.install(tokens).await.unwrap();
    let installed = installer.store().load(&resource).await.unwrap().unwrap();
    drop(installer);

    // The child refreshes, GHL rotates, the child is killed before saving.
    let rotated = run_child_until_rotated(kind, &store_path, &sandbox, &resource).await;
    assert_ne!(rotated, installed.fingerprint().as_str(), "GHL rotated");

    // The store still holds the old pair and the dead child's unexpired lease.
    let store = kind.open(&store_path);
    let stored = store.load(&resource).await.unwrap().unwrap();
    assert_eq!(
        stored.fingerprint(),
        installed.fingerprint(),
        "nothing saved"
    );
    let until = kind
        .recorded_lease_until(&store_path, &resource)
        .expect("the dead child's lease is still recorded");
    let now_ms = |t: SystemTime| {
        i64::try_from(
            t.duration_since(SystemTime::UNIX_EPOCH)
                .unwrap()
                .as_millis(),
        )
        .unwrap()
    };
    assert!(
        until > now_ms(clock.wall()),
        "the lease has not expired: only the holder's death can free it"
    );

    // A fresh process takes the lease at once and recovers through GHL's grace.
    let provider = OAuthProvider::builder(app.clone(), store.clone())
        .holder("restarted")
        .build();
    let slept_before = clock.sleeps().len();
    provider.force_refresh(&resource).await.unwrap();
    assert_eq!(
        clock.sleeps().len(),
        slept_before,
        "no waiting for the dead holder's lease: {:?}",
        clock.sleeps()
    );
    assert_eq!(provider.refresh_count(), 1);
    let recovered = store.load(&resource).await.unwrap().unwrap();
    assert_eq!(
        recovered.fingerprint().as_str(),
        rotated,
        "GHL's grace gave the restarted process the pair the child was given"
    );
    assert!(
        kind.recorded_lease_until(&store_path, &resource).is_none(),
        "the lease was taken over and released"
    );

    // The recovered token works; no re-authorization was needed.
    let client = base()
        .location_id(resource.as_str())
        .token_provider(Arc::new(provider.clone()))
        .build()
        .unwrap();
    let token = provider.token(&resource).await.unwrap();
    assert!(recovered.same_access_token(&token));
    client
        .send_raw(Request::get(
            "/locations/{locationId}",
            format!("/locations/{resource}"),
        ))
        .await
        .unwrap();

    // Past the grace the old refresh token is dead: a process that had waited out the old
    // 45-second lease would have needed a person to authorize the app again.
    sandbox.advance(Duration::from_secs(31));
    let old = installed.refresh_token.as_ref().unwrap();
    assert!(!old.expose_secret().is_empty());
    let late = app.refresh(&resource, old, None).await.unwrap_err();
    assert!(
        matches!(late, Error::ReauthorizationRequired { .. }),
        "{late:?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigkill_after_rotation_with_a_file_store() {
    let dir = support::scratch_dir("crash-file");
    sigkill_after_rotation(Kind::File, dir.join("tokens")).await;
    let _ = std::fs::remove_dir_all(dir);
}

#[cfg(feature = "sqlite")]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigkill_after_rotation_with_an_sqlite_store() {
    let dir = support::scratch_dir("crash-sqlite");
    sigkill_after_rotation(Kind::Sqlite, dir.join("state").join("tokens.db")).await;
    let _ = std::fs::remove_dir_all(dir);
}
