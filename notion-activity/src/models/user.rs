//! Users: `GET /v1/users/me`, to check that a token works and see which bot it belongs to.
//!
//! ```no_run
//! # async fn run(client: notion_activity::NotionClient) -> Result<(), notion_activity::Error> {
//! let me = client.me().await?;
//! assert_eq!(me.kind.as_deref(), Some("bot"));
//! # Ok(()) }
//! ```

use serde::Deserialize;
use serde_json::{Map, Value};

use crate::client::NotionClient;
use crate::error::Result;
use crate::ids::UserId;
use crate::request::Request;

/// A user or bot.
#[derive(Debug, Clone, Deserialize)]
pub struct User {
    /// The id.
    pub id: UserId,
    /// The display name.
    #[serde(default)]
    pub name: Option<String>,
    /// `"person"` or `"bot"`.
    #[serde(default, rename = "type")]
    pub kind: Option<String>,
    /// Bot details (owner, workspace name), for a bot.
    #[serde(default)]
    pub bot: Option<Value>,
    /// Fields not typed here.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl NotionClient {
    /// The bot user of this token (`GET /v1/users/me`): the cheapest way to check a token.
    pub async fn me(&self) -> Result<User> {
        self.send(Request::get("/v1/users/me", "/v1/users/me"))
            .await
    }
}
