//! Fault injection: plans that make an API answer 429/5xx, slow down (before or after doing
//! the work), drop the connection, send broken JSON, or perform a write and then lose the
//! answer.
//!
//! A plan is either random (a probability and the faults to pick from, drawn from a seeded
//! generator, so a run is reproducible; with `cycle` the faults are taken in turn, so every
//! one of them is injected within `faults.len()` hits) or a script (`["429", "500", "ok"]`, one step per
//! matching request). It can be limited to a method and a path prefix. [`inject`] is the
//! middleware, applied to each API's router.
//!
//! ```
//! use ghl_notion_sandbox::faults::FaultPlanSpec;
//! let spec: FaultPlanSpec = serde_json::from_str(
//!     r#"{"api": "ghl", "script": ["429", "ok", "reset"], "pathPrefix": "/contacts"}"#,
//! ).unwrap();
//! assert!(spec.compile(1).is_ok());
//! ```

mod middleware;

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

pub use middleware::{ConnectionKill, FaultLayer, error_response, inject};

use crate::stats::Stats;

/// Which emulated API.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Api {
    /// GoHighLevel.
    Ghl,
    /// Notion.
    Notion,
}

impl Api {
    /// `ghl` or `notion`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Ghl => "ghl",
            Self::Notion => "notion",
        }
    }
}

/// One injected misbehaviour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fault {
    /// Answer with this status and the API's error body, without running the handler.
    Status(u16),
    /// Wait this long (real time, so a client's timeouts see it), then answer normally.
    Latency(Duration),
    /// Do the work at once, then hold the answer this long (real time): a read answers with
    /// what was true before the wait, as a slow server's would.
    SlowResponse(Duration),
    /// Drop the connection without answering.
    Reset,
    /// Answer normally but cut the body in half.
    TruncatedJson,
    /// Answer normally but with a body that is not valid JSON.
    MalformedJson,
    /// Perform the request, then answer 500: the write happened, the client sees an error.
    LostResponse,
    /// Perform the request, then drop the connection.
    LostResponseReset,
}

impl Fault {
    /// Parses `"429"`, `"latency:250"`, `"slow:250"`, `"reset"`, `"truncated_json"`,
    /// `"malformed_json"`, `"lost_response"`, `"lost_response_reset"`. `"ok"` gives `None`.
    pub fn parse(raw: &str) -> Result<Option<Self>, String> {
        let raw = raw.trim();
        if let Some(ms) = raw.strip_prefix("slow:") {
            return ms
                .parse::<u64>()
                .map(|ms| Some(Self::SlowResponse(Duration::from_millis(ms))))
                .map_err(|_| format!("bad delay in {raw:?}; use slow:<ms>"));
        }
        if let Some(ms) = raw.strip_prefix("latency:") {
            return ms
                .parse::<u64>()
                .map(|ms| Some(Self::Latency(Duration::from_millis(ms))))
                .map_err(|_| format!("bad latency in {raw:?}; use latency:<ms>"));
        }
        Ok(Some(match raw {
            "ok" => return Ok(None),
            "429" | "500" | "502" | "503" | "504" | "529" => {
                Self::Status(raw.parse().unwrap_or(500))
            }
            "reset" => Self::Reset,
            "truncated_json" | "truncate" => Self::TruncatedJson,
            "malformed_json" | "malformed" => Self::MalformedJson,
            "lost_response" | "lost" => Self::LostResponse,
            "lost_response_reset" | "lost_reset" => Self::LostResponseReset,
            other => return Err(format!("unknown fault {other:?}")),
        }))
    }

    /// A short name for stats.
    pub fn label(self) -> String {
        match self {
            Self::Status(code) => code.to_string(),
            Self::Latency(d) => format!("latency:{}", d.as_millis()),
            Self::SlowResponse(d) => format!("slow:{}", d.as_millis()),
            Self::Reset => "reset".into(),
            Self::TruncatedJson => "truncated_json".into(),
            Self::MalformedJson => "malformed_json".into(),
            Self::LostResponse => "lost_response".into(),
            Self::LostResponseReset => "lost_response_reset".into(),
        }
    }
}

/// A fault plan as the control API takes it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct FaultPlanSpec {
    /// The API it applies to.
    pub api: Api,
    /// Random mode: chance that a matching request gets a fault.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub probability: Option<f64>,
    /// Random mode: the faults to pick from, uniformly (default `["500"]`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub faults: Vec<String>,
    /// Random mode: take the faults in turn instead of uniformly, so a test that needs every
    /// kind injected gets each within `faults.len()` hits (default false).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub cycle: bool,
    /// Script mode: one step per matching request; `"ok"` passes.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub script: Vec<String>,
    /// Script mode: start over after the last step (default: pass everything after it).
    #[serde(default)]
    pub repeat: bool,
    /// Only requests with this method.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub method: Option<String>,
    /// Only requests whose path starts with this.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path_prefix: Option<String>,
    /// Seed of the random mode (default: the sandbox seed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seed: Option<u64>,
}

#[derive(Debug)]
enum Mode {
    Random {
        probability: f64,
        faults: Vec<Fault>,
        rng: fastrand::Rng,
        /// The next fault to take, when they are taken in turn.
        turn: Option<usize>,
    },
    Script {
        steps: Vec<Option<Fault>>,
        next: usize,
        repeat: bool,
    },
}

/// A compiled plan with its progress.
#[derive(Debug)]
pub struct FaultPlan {
    spec: FaultPlanSpec,
    mode: Mode,
    matched: u64,
}

impl FaultPlanSpec {
    /// Validates the spec; `default_seed` seeds random mode when the spec has no seed.
    pub fn compile(self, default_seed: u64) -> Result<FaultPlan, String> {
        let parse_all = |items: &[String]| -> Result<Vec<Option<Fault>>, String> {
            items.iter().map(|s| Fault::parse(s)).collect()
        };
        if self.cycle && self.probability.is_none() {
            return Err("cycle applies to a probability plan, not to a script".into());
        }
        let mode = match (self.probability, self.script.is_empty()) {
            (Some(_), false) => return Err("give either probability or script, not both".into()),
            (None, true) => return Err("give a probability or a script".into()),
            (Some(p), true) => {
                if !(0.0..=1.0).contains(&p) {
                    return Err("probability must be within 0..=1".into());
                }
                let mut faults: Vec<Fault> =
                    parse_all(&self.faults)?.into_iter().flatten().collect();
                if faults.is_empty() {
                    faults.push(Fault::Status(500));
                }
                Mode::Random {
                    probability: p,
                    faults,
                    rng: fastrand::Rng::with_seed(self.seed.unwrap_or(default_seed)),
                    turn: self.cycle.then_some(0),
                }
            }
            (None, false) => Mode::Script {
                steps: parse_all(&self.script)?,
                next: 0,
                repeat: self.repeat,
            },
        };
        Ok(FaultPlan {
            spec: self,
            mode,
            matched: 0,
        })
    }
}

impl FaultPlan {
    fn matches(&self, method: &str, path: &str) -> bool {
        self.spec
            .method
            .as_deref()
            .is_none_or(|m| m.eq_ignore_ascii_case(method))
            && self
                .spec
                .path_prefix
                .as_deref()
                .is_none_or(|p| path.starts_with(p))
    }

    fn next(&mut self) -> Option<Fault> {
        self.matched += 1;
        match &mut self.mode {
            Mode::Random {
                probability,
                faults,
                rng,
                turn,
            } => {
                let hit = rng.f64() < *probability;
                let drawn = rng.usize(..faults.len());
                if !hit {
                    return None;
                }
                let pick = match turn {
                    Some(next) => {
                        let pick = *next % faults.len();
                        *next = pick + 1;
                        pick
                    }
                    None => drawn,
                };
                Some(faults[pick])
            }
            Mode::Script {
                steps,
                next,
                repeat,
            } => {
                if *next >= steps.len() {
                    if !*repeat || steps.is_empty() {
                        return None;
                    }
                    *next = 0;
                }
                let step = steps[*next];
                *next += 1;
                step
            }
        }
    }
}

/// The active plans of both APIs.
#[derive(Debug, Clone)]
pub struct Faults {
    plans: Arc<Mutex<BTreeMap<Api, Vec<FaultPlan>>>>,
    default_seed: u64,
    pub(crate) stats: Stats,
}

impl Faults {
    /// No plans yet.
    pub fn new(default_seed: u64, stats: Stats) -> Self {
        Self {
            plans: Arc::default(),
            default_seed,
            stats,
        }
    }

    fn with<R>(&self, f: impl FnOnce(&mut BTreeMap<Api, Vec<FaultPlan>>) -> R) -> R {
        f(&mut self.plans.lock().unwrap_or_else(PoisonError::into_inner))
    }

    /// Adds a plan after the existing ones of its API (the first matching plan decides).
    pub fn add(&self, spec: FaultPlanSpec) -> Result<(), String> {
        let api = spec.api;
        let plan = spec.compile(self.default_seed)?;
        self.with(|p| p.entry(api).or_default().push(plan));
        Ok(())
    }

    /// Removes the plans of one API, or all.
    pub fn clear(&self, api: Option<Api>) {
        self.with(|p| match api {
            Some(api) => {
                p.remove(&api);
            }
            None => p.clear(),
        });
    }

    /// The active plans and how many requests each has matched.
    pub fn describe(&self) -> Value {
        self.with(|p| {
            let plans: Vec<Value> = p
                .values()
                .flatten()
                .map(|plan| json!({"plan": plan.spec, "matched": plan.matched}))
                .collect();
            json!({ "plans": plans })
        })
    }

    /// The fault for this request, if any.
    pub fn decide(&self, api: Api, method: &str, path: &str) -> Option<Fault> {
        self.with(|p| {
            p.get_mut(&api)?
                .iter_mut()
                .find(|plan| plan.matches(method, path))?
                .next()
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec(json: &str) -> FaultPlanSpec {
        serde_json::from_str(json).expect("valid spec")
    }

    #[test]
    fn script_steps_then_passes() {
        let mut plan = spec(r#"{"api":"ghl","script":["429","ok","reset"]}"#)
            .compile(1)
            .expect("compiles");
        let got: Vec<_> = (0..5).map(|_| plan.next()).collect();
        assert_eq!(
            got,
            [
                Some(Fault::Status(429)),
                None,
                Some(Fault::Reset),
                None,
                None
            ]
        );
    }

    #[test]
    fn random_mode_is_reproducible() {
        let run = || {
            let mut plan =
                spec(r#"{"api":"notion","probability":0.5,"faults":["500","503"],"seed":9}"#)
                    .compile(1)
                    .expect("compiles");
            (0..50).map(|_| plan.next()).collect::<Vec<_>>()
        };
        let a = run();
        assert_eq!(a, run());
        assert!(a.iter().any(Option::is_some) && a.iter().any(Option::is_none));
    }

    #[test]
    fn cycle_takes_every_fault_in_turn() {
        let mut plan = spec(
            r#"{"api":"ghl","probability":1.0,"faults":["429","reset","lost_response"],"cycle":true}"#,
        )
        .compile(1)
        .expect("compiles");
        let got: Vec<_> = (0..4).map(|_| plan.next()).collect();
        assert_eq!(
            got,
            [
                Some(Fault::Status(429)),
                Some(Fault::Reset),
                Some(Fault::LostResponse),
                Some(Fault::Status(429)),
            ]
        );
        assert!(
            spec(r#"{"api":"ghl","script":["500"],"cycle":true}"#)
                .compile(1)
                .is_err()
        );
    }

    #[test]
    fn a_slow_response_parses_and_is_labelled() {
        assert_eq!(
            Fault::parse("slow:1500"),
            Ok(Some(Fault::SlowResponse(Duration::from_millis(1500))))
        );
        assert_eq!(
            Fault::SlowResponse(Duration::from_millis(7)).label(),
            "slow:7"
        );
        assert!(Fault::parse("slow:soon").is_err());
    }

    #[test]
    fn bad_specs_are_refused() {
        assert!(spec(r#"{"api":"ghl"}"#).compile(1).is_err());
        assert!(
            spec(r#"{"api":"ghl","script":["418"]}"#)
                .compile(1)
                .is_err()
        );
        assert!(
            spec(r#"{"api":"ghl","probability":2.0}"#)
                .compile(1)
                .is_err()
        );
    }

    #[test]
    fn scope_limits_matching() {
        let plan =
            spec(r#"{"api":"ghl","script":["500"],"method":"POST","pathPrefix":"/contacts"}"#)
                .compile(1)
                .expect("compiles");
        assert!(plan.matches("post", "/contacts/search"));
        assert!(!plan.matches("GET", "/contacts/abc"));
        assert!(!plan.matches("POST", "/opportunities/"));
    }
}
