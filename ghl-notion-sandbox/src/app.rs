//! The state every router shares: clock, GHL records, tokens, rate-limit counters, webhooks,
//! fault plans, stats and the Notion emulator.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use notion_emulator::NotionEmulator;

use crate::clock::SandboxClock;
use crate::config::SandboxConfig;
use crate::faults::Faults;
use crate::ghl::auth::TokenStore;
use crate::ghl::rate_limit::RateLimiter;
use crate::ghl::state::GhlState;
use crate::seed::{self, Identity};
use crate::stats::Stats;
use crate::webhooks::WebhookHub;

/// Shared sandbox state. Handlers get it as `State<Arc<App>>`.
#[derive(Debug)]
pub struct App {
    /// The configuration it started with.
    pub config: SandboxConfig,
    /// Ids and credentials.
    pub identity: Identity,
    /// Sandbox time.
    pub clock: SandboxClock,
    /// GHL records.
    pub ghl: Mutex<GhlState>,
    /// Tokens and codes.
    pub tokens: Mutex<TokenStore>,
    /// Rate-limit counters.
    pub limiter: Mutex<RateLimiter>,
    /// Webhook publishing and delivery.
    pub webhooks: WebhookHub,
    /// Counters.
    pub stats: Stats,
    /// Fault plans.
    pub faults: Faults,
    /// The Notion emulator.
    pub notion: Arc<NotionEmulator>,
    /// Counter behind [`App::trace_id`].
    trace_counter: AtomicU64,
}

/// Locks a mutex, recovering from poisoning (a panicked holder leaves valid data here).
pub fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

impl App {
    /// Builds the state for `config`: seeds the data, starts the webhook dispatcher (needs a
    /// Tokio runtime) and creates the Notion emulator on the same clock.
    pub fn new(config: SandboxConfig) -> Arc<Self> {
        let clock = match config.start_time {
            Some(start) => SandboxClock::starting_at(start, config.time_scale),
            None => SandboxClock::new(config.time_scale),
        };
        let identity = Identity::derive(&config);
        let ghl = seed::generate(&config, &identity, &clock);
        let installer = ghl.users.first().map(|u| u.id.clone()).unwrap_or_default();
        let tokens = TokenStore::new(&identity, config.tokens.clone(), config.seed, &installer);
        let stats = Stats::default();
        let location_ids: Vec<String> = identity.locations.iter().map(|l| l.id.clone()).collect();
        let webhooks = WebhookHub::start(
            &config.webhooks,
            config.seed,
            &identity.app_id,
            &location_ids,
            clock.clone(),
            stats.clone(),
        );
        let faults = Faults::new(config.seed, stats.clone());
        let notion_clock = clock.clone();
        let notion =
            NotionEmulator::new(config.notion.clone(), Arc::new(move || notion_clock.now()));
        Arc::new(Self {
            config,
            identity,
            clock,
            ghl: Mutex::new(ghl),
            tokens: Mutex::new(tokens),
            limiter: Mutex::new(RateLimiter::default()),
            webhooks,
            stats,
            faults,
            notion,
            trace_counter: AtomicU64::new(0),
        })
    }

    /// Whether `location_id` is one of the agency's locations.
    pub fn has_location(&self, location_id: &str) -> bool {
        self.identity.locations.iter().any(|l| l.id == location_id)
    }

    /// A fresh `traceId` (UUID-shaped, unique per sandbox).
    pub fn trace_id(&self) -> String {
        let n = self.trace_counter.fetch_add(1, Ordering::Relaxed);
        format!(
            "{:08x}-5a4d-4b0c-8000-{n:012x}",
            self.config.seed & 0xffff_ffff
        )
    }

    /// Reads GHL state.
    pub fn read<R>(&self, f: impl FnOnce(&GhlState) -> R) -> R {
        f(&lock(&self.ghl))
    }

    /// Changes GHL state, then publishes the webhook events the change queued (after the lock
    /// is released) and counts the write.
    pub fn write<R>(&self, f: impl FnOnce(&mut GhlState) -> R) -> R {
        let (result, events) = {
            let mut state = lock(&self.ghl);
            let result = f(&mut state);
            (result, std::mem::take(&mut state.outbox))
        };
        self.stats.write();
        for event in events {
            self.webhooks.publish(event);
        }
        result
    }
}
