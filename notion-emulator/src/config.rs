//! Settings of one emulator instance: limits, the accepted token and the id seed.
//!
//! ```
//! use notion_emulator::NotionConfig;
//! let config = NotionConfig { query_result_cap: 25, ..NotionConfig::default() };
//! assert_eq!(config.requests_per_second, 3.0);
//! ```

/// Configuration of a [`crate::NotionEmulator`]. Every field is public; start from `Default`.
#[derive(Debug, Clone, PartialEq)]
pub struct NotionConfig {
    /// Average requests per second allowed per token (Notion documents about 3).
    /// Zero, a negative number or a non-finite value turns rate limiting off.
    pub requests_per_second: f64,
    /// How many requests a token may send at once before the average applies.
    pub burst: u32,
    /// Seed of the id generator: the same seed and the same calls give the same ids.
    pub seed: u64,
    /// The integration token the emulator accepts in `Authorization: Bearer <token>`.
    pub token: String,
    /// Largest request body accepted, in bytes (Notion documents 500 KB).
    pub max_payload_bytes: usize,
    /// Answer an oversized body with HTTP 413 instead of the documented 400 `validation_error`.
    pub oversize_payload_as_413: bool,
    /// Most rows one query returns across all its cursors (Notion: 10,000).
    pub query_result_cap: usize,
    /// Render `created_time` / `last_edited_time` truncated to the minute, as Notion does.
    pub minute_precision_timestamps: bool,
    /// Name of the bot user returned by `GET /v1/users/me`.
    pub bot_name: String,
    /// Name of the workspace the bot belongs to.
    pub workspace_name: String,
}

impl Default for NotionConfig {
    fn default() -> Self {
        Self {
            requests_per_second: 3.0,
            burst: 10,
            seed: 0x5eed_1234,
            token: "secret_sandbox_notion_token".to_owned(),
            max_payload_bytes: 500 * 1000,
            oversize_payload_as_413: false,
            query_result_cap: 10_000,
            minute_precision_timestamps: true,
            bot_name: "GHL Notion Sandbox".to_owned(),
            workspace_name: "Sandbox Workspace".to_owned(),
        }
    }
}
