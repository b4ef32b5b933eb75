//! [`CrmUser`]: a person using the CRM, played through the embedded sandbox's control API
//! (`/_sandbox/...`). Every change emits the webhooks GHL would send; none of it goes through
//! the sync's own GHL client, so the sync's request counts stay its own.

use std::collections::{BTreeMap, BTreeSet};
use std::time::Duration;

use reqwest::Method;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

use crate::entity::{self, EntityKind};
use crate::error::Error;

/// How often the waits poll the sandbox.
const POLL: Duration = Duration::from_millis(25);

fn sandbox_error(what: &str, e: impl std::fmt::Display) -> Error {
    Error::Sandbox(format!("{what}: {e}"))
}

/// Acts as a person using the CRM, through the embedded sandbox's control API.
#[derive(Debug, Clone)]
pub struct CrmUser {
    http: reqwest::Client,
    control: String,
}

/// The sandbox's webhook delivery counters (`webhooks` in `GET /_sandbox/stats`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct WebhookCounts {
    /// Events produced by changes.
    pub published: u64,
    /// Events not sent because no subscriber was set.
    pub no_subscriber: u64,
    /// HTTP attempts made.
    pub attempts: u64,
    /// Deliveries answered with 2xx.
    pub delivered: u64,
    /// Attempts answered 429 and scheduled again.
    pub retried: u64,
    /// Events given up after the last retry.
    pub exhausted: u64,
    /// Events lost to a failed delivery.
    pub lost: u64,
    /// Events dropped on purpose.
    pub dropped: u64,
    /// Extra copies sent on purpose.
    pub duplicated: u64,
}

impl WebhookCounts {
    /// Whether every event published so far has reached its end: every copy delivered,
    /// lost or given up, or the event dropped.
    pub fn settled(&self) -> bool {
        let ended = self.delivered + self.lost + self.exhausted + self.dropped + self.no_subscriber;
        ended >= self.published + self.duplicated
    }
}

/// The record ids GHL (the sandbox) holds, read from `GET /_sandbox/state`.
#[derive(Debug, Clone, Default)]
pub struct CrmSnapshot {
    contacts: Vec<String>,
    deals: Vec<(String, Option<String>)>,
    stages: BTreeMap<String, Vec<String>>,
}

impl CrmSnapshot {
    /// The ids of every record of `entity`, or `None` for a kind the snapshot does not hold.
    pub fn ids(&self, entity: &EntityKind) -> Option<Vec<String>> {
        if *entity == entity::CONTACT {
            Some(self.contacts.clone())
        } else if *entity == entity::OPPORTUNITY {
            Some(self.deals.iter().map(|(id, _)| id.clone()).collect())
        } else {
            None
        }
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct StateDump {
    ghl: GhlDump,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct GhlDump {
    contacts: Vec<Ided>,
    opportunities: Vec<DealDump>,
    pipelines: Vec<PipelineDump>,
}

#[derive(Deserialize)]
struct Ided {
    id: String,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct DealDump {
    id: String,
    #[serde(default)]
    pipeline_id: Option<String>,
}

#[derive(Deserialize)]
struct PipelineDump {
    id: String,
    #[serde(default)]
    stages: Vec<Ided>,
}

#[derive(Deserialize)]
struct CreatedContact {
    contact: Ided,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct Subscription {
    url: Option<String>,
}

impl CrmUser {
    /// A CRM user on `sandbox`.
    pub fn new(sandbox: &ghl_notion_sandbox::Sandbox) -> Self {
        Self::at(sandbox.control_url())
    }

    /// A CRM user on the sandbox whose control API is at `control_url` (`…/_sandbox`).
    pub fn at(control_url: impl Into<String>) -> Self {
        Self {
            // The sandbox is local: a system proxy must not sit in between.
            http: reqwest::Client::builder()
                .no_proxy()
                .build()
                .unwrap_or_default(),
            control: control_url.into(),
        }
    }

    async fn get<T: DeserializeOwned>(&self, path: &str) -> Result<T, Error> {
        self.http
            .get(format!("{}{path}", self.control))
            .send()
            .await
            .and_then(reqwest::Response::error_for_status)
            .map_err(|e| sandbox_error(path, e))?
            .json()
            .await
            .map_err(|e| sandbox_error(path, e))
    }

    /// Sends one change (`method` on `/_sandbox/ghl{path}` with a body shaped like the API's)
    /// and returns the sandbox's answer.
    pub async fn change(&self, method: Method, path: &str, body: Value) -> Result<Value, Error> {
        let response = self
            .http
            .request(method, format!("{}/ghl{path}", self.control))
            .json(&body)
            .send()
            .await
            .map_err(|e| sandbox_error(path, e))?;
        let status = response.status();
        let answer = response.json().await.unwrap_or(Value::Null);
        if !status.is_success() {
            return Err(Error::Sandbox(format!(
                "the sandbox refused {path}: {status} {answer}"
            )));
        }
        Ok(answer)
    }

    /// Changes the sandbox's webhook delivery settings (`url`, `dropRate`, `duplicateRate`,
    /// `reorderRate`, `delayRate`, `delayMs`…; see `docs/sandbox.md`). They apply to events
    /// from then on.
    pub async fn webhook_settings(&self, settings: Value) -> Result<(), Error> {
        self.http
            .put(format!("{}/webhooks", self.control))
            .json(&settings)
            .send()
            .await
            .and_then(reqwest::Response::error_for_status)
            .map_err(|e| sandbox_error("webhook settings", e))?;
        Ok(())
    }

    /// The sandbox's webhook public keys (Ed25519, then RSA), as PEM texts.
    pub async fn webhook_public_keys(&self) -> Result<Vec<String>, Error> {
        let mut pems = Vec::new();
        for key in ["ed25519", "rsa"] {
            let path = format!("/keys/{key}.pem");
            let pem = self
                .http
                .get(format!("{}{path}", self.control))
                .send()
                .await
                .and_then(reqwest::Response::error_for_status)
                .map_err(|e| sandbox_error(&path, e))?
                .text()
                .await
                .map_err(|e| sandbox_error(&path, e))?;
            pems.push(pem);
        }
        Ok(pems)
    }

    /// The sandbox's webhook delivery counters.
    pub async fn webhook_counts(&self) -> Result<WebhookCounts, Error> {
        #[derive(Deserialize)]
        struct Stats {
            #[serde(default)]
            webhooks: WebhookCounts,
        }
        Ok(self.get::<Stats>("/stats").await?.webhooks)
    }

    /// The ids of GHL's records, as the sandbox holds them.
    pub async fn snapshot(&self) -> Result<CrmSnapshot, Error> {
        let dump: StateDump = self.get("/state").await?;
        Ok(CrmSnapshot {
            contacts: dump.ghl.contacts.into_iter().map(|c| c.id).collect(),
            deals: dump
                .ghl
                .opportunities
                .into_iter()
                .map(|d| (d.id, d.pipeline_id))
                .collect(),
            stages: dump
                .ghl
                .pipelines
                .into_iter()
                .map(|p| (p.id, p.stages.into_iter().map(|s| s.id).collect()))
                .collect(),
        })
    }

    /// Waits until the sandbox's webhooks point somewhere (a service started serving), at
    /// most `timeout` (real time).
    pub async fn wait_until_subscribed(&self, timeout: Duration) -> Result<(), Error> {
        let deadline = tokio::time::Instant::now() + timeout;
        loop {
            let sub: Subscription = self.get("/webhooks").await?;
            if sub.url.is_some_and(|u| !u.is_empty()) {
                return Ok(());
            }
            if tokio::time::Instant::now() >= deadline {
                return Err(Error::Sandbox(format!(
                    "no webhook subscriber after {timeout:?}: the service did not start serving"
                )));
            }
            tokio::time::sleep(POLL).await;
        }
    }

    /// Waits until every webhook published so far has been delivered, dropped or lost, at
    /// most `timeout` (real time; a 429 retry can take longer), and returns the counters.
    pub async fn wait_for_deliveries(&self, timeout: Duration) -> Result<WebhookCounts, Error> {
        let deadline = tokio::time::Instant::now() + timeout;
        loop {
            let counts = self.webhook_counts().await?;
            if counts.settled() || tokio::time::Instant::now() >= deadline {
                return Ok(counts);
            }
            tokio::time::sleep(POLL).await;
        }
    }

    /// Makes `changes` changes, one every `pace` (real time), calling `on_change` with a
    /// description after each: creates leads, edits, notes and tags contacts, gives them
    /// tasks, moves and wins deals, and deletes a lead it created. Returns what it did.
    pub async fn play(
        &self,
        changes: usize,
        pace: Duration,
        mut on_change: impl FnMut(&str),
    ) -> Result<Vec<String>, Error> {
        let world = self.snapshot().await?;
        let mut contacts = world.contacts;
        let deals = world.deals;
        let mut rng = fastrand::Rng::with_seed(99);
        let mut leads: Vec<String> = Vec::new();
        let mut done = Vec::with_capacity(changes);
        for step in 0..changes {
            let contact =
                (!contacts.is_empty()).then(|| contacts[rng.usize(..contacts.len())].clone());
            let deal = (!deals.is_empty()).then(|| &deals[rng.usize(..deals.len())]);
            let what = match (step % 8, contact, deal) {
                (0, _, _) | (_, None, _) => {
                    let answer = self
                        .change(
                            Method::POST,
                            "/contacts",
                            json!({"firstName": "Walk-in", "lastName": format!("Lead {step}"),
                                   "email": format!("walkin{step}@example.com"), "tags": ["walk-in"]}),
                        )
                        .await?;
                    let created: CreatedContact = serde_json::from_value(answer)
                        .map_err(|e| sandbox_error("created contact", e))?;
                    let id = created.contact.id;
                    contacts.push(id.clone());
                    leads.push(id.clone());
                    format!("created lead {id}")
                }
                (1, Some(c), _) => {
                    self.change(
                        Method::PUT,
                        &format!("/contacts/{c}"),
                        json!({"city": format!("Braga {step}")}),
                    )
                    .await?;
                    format!("edited contact {c}")
                }
                (2, Some(c), _) => {
                    self.change(
                        Method::POST,
                        &format!("/contacts/{c}/notes"),
                        json!({"body": format!("Called back (step {step})")}),
                    )
                    .await?;
                    format!("noted contact {c}")
                }
                (3, Some(c), _) => {
                    let due = chrono::Utc::now() + chrono::Duration::days(2);
                    self.change(
                        Method::POST,
                        &format!("/contacts/{c}/tasks"),
                        json!({"title": "Send the quote", "dueDate": due.to_rfc3339(), "completed": false}),
                    )
                    .await?;
                    format!("gave contact {c} a task")
                }
                (4, _, Some((deal, pipeline))) => {
                    let stages = pipeline
                        .as_ref()
                        .and_then(|p| world.stages.get(p))
                        .filter(|s| !s.is_empty());
                    let stage = stages.map(|s| s[rng.usize(..s.len())].clone());
                    self.change(
                        Method::PUT,
                        &format!("/opportunities/{deal}"),
                        json!({"pipelineStageId": stage}),
                    )
                    .await?;
                    format!("moved deal {deal}")
                }
                (5, _, Some((deal, _))) => {
                    self.change(
                        Method::PUT,
                        &format!("/opportunities/{deal}"),
                        json!({"status": "won"}),
                    )
                    .await?;
                    format!("won deal {deal}")
                }
                (7, _, _) if !leads.is_empty() => {
                    let lead = leads.remove(0);
                    self.change(Method::DELETE, &format!("/contacts/{lead}"), json!({}))
                        .await?;
                    contacts.retain(|c| *c != lead);
                    format!("deleted lead {lead}")
                }
                (_, Some(c), _) => {
                    self.change(
                        Method::POST,
                        &format!("/contacts/{c}/tags"),
                        json!({"tags": ["engaged"]}),
                    )
                    .await?;
                    format!("tagged contact {c}")
                }
            };
            on_change(&what);
            done.push(what);
            tokio::time::sleep(pace).await;
        }
        Ok(done)
    }
}

/// The keys of `rows` that are not in `records` (`extra`), the records without a row
/// (`missing`) and the keys with more than one row (`duplicates`), each sorted.
pub(super) fn compare(records: &[String], rows: &[String]) -> [Vec<String>; 3] {
    let records: BTreeSet<&String> = records.iter().collect();
    let mut counts: BTreeMap<&String, usize> = BTreeMap::new();
    for key in rows {
        *counts.entry(key).or_default() += 1;
    }
    let missing = records
        .iter()
        .filter(|id| !counts.contains_key(*id))
        .map(|id| (*id).clone())
        .collect();
    let extra = counts
        .keys()
        .filter(|key| !records.contains(*key))
        .map(|key| (*key).clone())
        .collect();
    let duplicates = counts
        .iter()
        .filter(|(_, n)| **n > 1)
        .map(|(key, _)| (*key).clone())
        .collect();
    [missing, extra, duplicates]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn webhooks_settle_when_every_copy_has_ended() {
        let mut c = WebhookCounts {
            published: 10,
            duplicated: 2,
            delivered: 9,
            dropped: 2,
            ..WebhookCounts::default()
        };
        assert!(!c.settled(), "one copy is still on its way");
        c.lost = 1;
        assert!(c.settled());
    }

    #[test]
    fn compare_finds_missing_extra_and_duplicate_rows() {
        let ids = |s: &[&str]| s.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
        let [missing, extra, duplicates] =
            compare(&ids(&["a", "b", "c"]), &ids(&["a", "c", "c", "x"]));
        assert_eq!(missing, ids(&["b"]));
        assert_eq!(extra, ids(&["x"]));
        assert_eq!(duplicates, ids(&["c"]));
        let [missing, extra, duplicates] = compare(&ids(&["a", "b"]), &ids(&["b", "a"]));
        assert!(missing.is_empty() && extra.is_empty() && duplicates.is_empty());
    }

    #[test]
    fn the_state_dump_reads_ids_stages_and_pipelines() {
        let dump: StateDump = serde_json::from_value(json!({"ghl": {
            "contacts": [{"id": "c1", "name": "Ann"}],
            "opportunities": [{"id": "o1", "pipelineId": "p1", "status": "open"}],
            "pipelines": [{"id": "p1", "stages": [{"id": "s1", "name": "New"}]}],
        }, "notion": {}}))
        .unwrap();
        assert_eq!(dump.ghl.contacts[0].id, "c1");
        assert_eq!(dump.ghl.opportunities[0].pipeline_id.as_deref(), Some("p1"));
        assert_eq!(dump.ghl.pipelines[0].stages[0].id, "s1");
    }
}
