//! The environments of a feed in blob storage (`--env`), and the history of each.
//!
//! What a `--to` target holds below its prefix:
//! - `<name>/<version>/…`: a pilet's files, uploaded once for every environment and never
//!   changed afterwards (published versions are immutable);
//! - `feed.json`: the feed document of the default environment, `feed.<env>.json` that of any
//!   other. They sit side by side so that relative links mean the same in every one of them,
//!   and an item moves from one environment to another as it is;
//! - `feed.log.jsonl`, `feed.<env>.log.jsonl`: the environment's history, one JSON line per
//!   change of its document (who, when, what), only ever appended to;
//! - `shells/<env>.json`: what the shell released to that environment shares with pilets
//!   (`piral publish --type release --env`), for `piral feed verify`.
//!
//! Every change of a document is a conditional write ([`super::blob::Store::update`]), the
//! history line is appended after the document changed.

use std::sync::Mutex;

use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

use super::blob::Store;
use super::feed;
use crate::errors::{Code, CodedError};

/// The name the environment without `--env` goes by (its document is `feed.json`).
pub(crate) const DEFAULT: &str = "default";

/// One environment of a feed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Environment {
    /// `None`: the default environment.
    name: Option<String>,
}

impl Environment {
    /// The environment `--env` names (the default one without it, or with `default`). A name is
    /// letters, digits, `-` and `_` (`[0153]` otherwise): it becomes part of file names.
    pub(crate) fn named(name: Option<&str>) -> Result<Self, CodedError> {
        let Some(name) = name.filter(|name| *name != DEFAULT) else {
            return Ok(Self { name: None });
        };
        let valid = !name.is_empty()
            && name.len() <= 64
            && name
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_'));
        if !valid {
            return Err(CodedError::new(
                Code::FeedEnvironmentInvalid,
                format!("`--env {name}` is not an environment name"),
            )
            .with_hint("use letters, digits, `-` and `_`, for example `--env staging`"));
        }
        Ok(Self {
            name: Some(name.to_string()),
        })
    }

    pub(crate) fn name(&self) -> &str {
        self.name.as_deref().unwrap_or(DEFAULT)
    }

    /// The feed document, relative to the prefix.
    pub(crate) fn document(&self) -> String {
        match &self.name {
            None => "feed.json".into(),
            Some(name) => format!("feed.{name}.json"),
        }
    }

    /// The history log, relative to the prefix.
    pub(crate) fn log(&self) -> String {
        match &self.name {
            None => "feed.log.jsonl".into(),
            Some(name) => format!("feed.{name}.log.jsonl"),
        }
    }

    /// What the shell of this environment shares, relative to the prefix.
    pub(crate) fn shell_record(&self) -> String {
        format!("shells/{}.json", self.name())
    }

    /// The environment whose document is the file `name` at the top of a prefix, if any.
    fn of_document(name: &str) -> Option<Self> {
        if name == "feed.json" {
            return Some(Self { name: None });
        }
        let env = name.strip_prefix("feed.")?.strip_suffix(".json")?;
        Self::named(Some(env)).ok()
    }

    /// Every environment that has a document in `store`, the default one first.
    pub(crate) async fn all(store: &Store) -> Result<Vec<Self>, CodedError> {
        let mut found: Vec<Self> = store
            .top_files()
            .await?
            .iter()
            .filter_map(|name| Self::of_document(name))
            .collect();
        found.sort_by(|a, b| (a.name.is_some(), &a.name).cmp(&(b.name.is_some(), &b.name)));
        Ok(found)
    }
}

/// What a change did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub(crate) enum Action {
    Publish,
    Promote,
    Rollback,
    Remove,
}

/// One line of an environment's history.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub(crate) struct Event {
    /// When, as an ISO 8601 UTC time.
    pub(crate) at: String,
    /// Who: `PIRAL_ACTOR`, else the CI's user (`GITHUB_ACTOR`, `BUILD_REQUESTEDFOR`), else the
    /// login name.
    pub(crate) by: String,
    pub(crate) action: Action,
    pub(crate) name: String,
    /// The version listed afterwards (`None` after `remove`).
    #[serde(default)]
    pub(crate) version: Option<String>,
    /// The version listed before.
    #[serde(default)]
    pub(crate) previous: Option<String>,
    /// The environment a promotion came from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) from: Option<String>,
    /// The item listed afterwards, so that a rollback can list it again as it was.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) item: Option<Value>,
    /// The document's `revision` this change wrote: the history is in this order whatever
    /// order concurrent writers appended their lines in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) revision: Option<u64>,
}

impl Event {
    /// An event of now, by whoever runs this.
    pub(crate) fn now(action: Action, name: &str, item: Option<&Value>) -> Self {
        Self {
            at: crate::build::env::build_times().1,
            by: actor(),
            action,
            name: name.to_string(),
            version: item.and_then(|i| i["version"].as_str()).map(String::from),
            previous: None,
            from: None,
            item: item.cloned(),
            revision: None,
        }
    }
}

fn actor() -> String {
    [
        "PIRAL_ACTOR",
        "GITHUB_ACTOR",
        "BUILD_REQUESTEDFOR",
        "USER",
        "USERNAME",
    ]
    .iter()
    .find_map(|key| std::env::var(key).ok().filter(|v| !v.trim().is_empty()))
    .unwrap_or_else(|| "unknown".into())
}

/// The version of `name` in `items`.
pub(crate) fn version_of(items: &[Value], name: &str) -> Option<String> {
    items
        .iter()
        .find(|item| item["name"] == name)
        .and_then(|item| item["version"].as_str())
        .map(String::from)
}

fn not_a_feed(store: &Store, document: &str, why: String) -> CodedError {
    CodedError::new(
        Code::BlobStorageFailed,
        format!(
            "`{document}` in {} is not a feed document: {why}",
            store.url
        ),
    )
}

/// An environment's feed document as stored: its items and its revision.
#[derive(Debug, Default)]
pub(crate) struct Feed {
    pub(crate) items: Vec<Value>,
    pub(crate) revision: u64,
}

/// The environment's document; `None` when it does not exist yet.
pub(crate) async fn read(store: &Store, env: &Environment) -> Result<Option<Feed>, CodedError> {
    let document = env.document();
    let Some(bytes) = store.read(&document).await? else {
        return Ok(None);
    };
    let (items, revision) = feed::parse(&bytes).map_err(|why| not_a_feed(store, &document, why))?;
    Ok(Some(Feed { items, revision }))
}

/// The items of the environment's document (none when it does not exist yet).
pub(crate) async fn items(store: &Store, env: &Environment) -> Result<Vec<Value>, CodedError> {
    Ok(read(store, env).await?.unwrap_or_default().items)
}

/// The document of `items` at `revision`, as written to storage. Shells read `items` only.
pub(crate) fn document(items: &[Value], revision: u64) -> Vec<u8> {
    let mut text = serde_json::to_vec_pretty(&json!({ "items": items, "revision": revision }))
        .expect("JSON serialises");
    text.push(b'\n');
    text
}

/// Changes the document of `env` with `change` (its items, changed in place, to the event it
/// records; `None`: nothing changed, nothing is written), as a conditional write that is
/// retried when another writer got in between; then appends the event to the history. The
/// event gets the version listed before as `previous`.
pub(crate) async fn change<F>(
    store: &Store,
    env: &Environment,
    change: F,
) -> Result<Option<Event>, CodedError>
where
    F: Fn(&mut Vec<Value>) -> Result<Option<Event>, CodedError> + Sync,
{
    let name = env.document();
    let recorded = Mutex::new(None);
    store
        .update(&name, |current| {
            let (mut items, revision) = match current {
                None => (Vec::new(), 0),
                Some(bytes) => feed::parse(bytes).map_err(|why| not_a_feed(store, &name, why))?,
            };
            let before = items.clone();
            let revision = revision + 1;
            let event = change(&mut items)?;
            let written = event.as_ref().map(|_| document(&items, revision));
            *recorded.lock().expect("not poisoned") = event.map(|mut event| {
                event.previous = version_of(&before, &event.name);
                event.revision = Some(revision);
                event
            });
            Ok(written)
        })
        .await?;
    let event = recorded.into_inner().expect("not poisoned");
    if let Some(event) = &event {
        append(store, env, event).await?;
    }
    Ok(event)
}

/// Appends `event` to the history of `env` (a conditional write as well).
async fn append(store: &Store, env: &Environment, event: &Event) -> Result<(), CodedError> {
    let mut line = serde_json::to_vec(event).expect("events serialise");
    line.push(b'\n');
    store
        .update(&env.log(), |current| {
            let mut text = current.map(<[u8]>::to_vec).unwrap_or_default();
            if !text.is_empty() && !text.ends_with(b"\n") {
                text.push(b'\n');
            }
            text.extend_from_slice(&line);
            Ok(Some(text))
        })
        .await
}

/// The history of `env`, oldest first: in the order of the document revisions the changes
/// wrote (lines without one keep their place before them). A line that is not an event is
/// skipped.
pub(crate) async fn history(store: &Store, env: &Environment) -> Result<Vec<Event>, CodedError> {
    let Some(bytes) = store.read(&env.log()).await? else {
        return Ok(Vec::new());
    };
    let mut events: Vec<Event> = String::from_utf8_lossy(&bytes)
        .lines()
        .filter_map(|line| serde_json::from_str(line).ok())
        .collect();
    events.sort_by_key(|event| event.revision.unwrap_or(0));
    Ok(events)
}

/// The revisions of the document that `events` do not record (a writer stopped between the
/// document and its history), up to `revision`.
pub(crate) fn missing_revisions(events: &[Event], revision: u64) -> Vec<u64> {
    let recorded: std::collections::BTreeSet<u64> =
        events.iter().filter_map(|event| event.revision).collect();
    (1..=revision).filter(|r| !recorded.contains(r)).collect()
}

/// What `name` was listed as before its current listing, replaying `events` (oldest first) as
/// a stack: a publish or promotion pushes what it listed, a removal pushes "not listed", a
/// rollback takes back what it rolled back from. `Some(None)`: it was not listed before.
pub(crate) fn previous(events: &[Event], name: &str) -> Option<Option<Value>> {
    let mut stack: Vec<Option<Value>> = Vec::new();
    let version = |entry: &Option<Value>| {
        entry
            .as_ref()
            .and_then(|item| item["version"].as_str())
            .map(String::from)
    };
    for event in events.iter().filter(|event| event.name == name) {
        match event.action {
            Action::Publish | Action::Promote => {
                if stack.last().map(version) != Some(event.version.clone()) {
                    stack.push(event.item.clone());
                }
            }
            Action::Remove => stack.push(None),
            Action::Rollback => {
                stack.pop();
                if stack.last().map(version) != Some(event.version.clone()) {
                    stack.push(event.item.clone());
                }
            }
        }
    }
    stack.pop()?;
    stack.pop()
}

/// The newest item of `name@version` that `events` recorded.
pub(crate) fn recorded_item(events: &[Event], name: &str, version: &str) -> Option<Value> {
    events
        .iter()
        .rev()
        .filter(|event| event.name == name && event.version.as_deref() == Some(version))
        .find_map(|event| event.item.clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event(action: Action, version: Option<&str>) -> Event {
        let item = version.map(|v| json!({ "name": "a", "version": v }));
        Event::now(action, "a", item.as_ref())
    }

    #[test]
    fn environments_name_their_documents_side_by_side() {
        let default = Environment::named(None).unwrap();
        assert_eq!(default, Environment::named(Some("default")).unwrap());
        assert_eq!(
            (default.document(), default.log()),
            ("feed.json".into(), "feed.log.jsonl".into())
        );
        let staging = Environment::named(Some("staging")).unwrap();
        assert_eq!(staging.document(), "feed.staging.json");
        assert_eq!(staging.log(), "feed.staging.log.jsonl");
        assert_eq!(staging.shell_record(), "shells/staging.json");
        for bad in ["", "a/b", "a.b", "..", "prod uction"] {
            let error = Environment::named(Some(bad)).unwrap_err();
            assert_eq!(error.code, Code::FeedEnvironmentInvalid, "{bad}");
        }
        assert_eq!(
            Environment::of_document("feed.prod.json"),
            Some(Environment::named(Some("prod")).unwrap())
        );
        assert_eq!(Environment::of_document("feed.json"), Some(default));
        for other in [
            "feed.log.jsonl",
            "feed.a.b.json",
            "feed..json",
            "other.json",
        ] {
            assert_eq!(Environment::of_document(other), None, "{other}");
        }
    }

    #[test]
    fn documents_count_their_revisions_and_the_history_follows_them() {
        assert_eq!(feed::parse(&document(&[], 3)).unwrap().1, 3);
        assert_eq!(
            feed::parse(br#"{"items":[]}"#).unwrap().1,
            0,
            "a document of another tool"
        );
        assert_eq!(
            feed::parse(&document(&[json!({"name": "a"})], 1))
                .unwrap()
                .0
                .len(),
            1
        );
        let at = |revision: u64, version: &str| Event {
            revision: Some(revision),
            ..event(Action::Publish, Some(version))
        };
        // Two writers appended their lines the other way round.
        let events = vec![at(2, "1.1.0"), at(1, "1.0.0")];
        let mut sorted = events.clone();
        sorted.sort_by_key(|e| e.revision.unwrap_or(0));
        assert_eq!(sorted[0].version.as_deref(), Some("1.0.0"));
        assert_eq!(missing_revisions(&events, 2), Vec::<u64>::new());
        assert_eq!(missing_revisions(&events, 4), [3, 4]);
    }

    #[test]
    fn a_rollback_goes_back_one_deployment_at_a_time() {
        let version = |found: Option<Option<Value>>| {
            found.map(|item| item.map(|item| item["version"].as_str().unwrap().to_string()))
        };
        let mut events = vec![event(Action::Publish, Some("1.0.0"))];
        assert_eq!(
            version(previous(&events, "a")),
            None,
            "nothing before the first"
        );
        events.push(event(Action::Promote, Some("1.1.0")));
        events.push(event(Action::Publish, Some("1.2.0")));
        assert_eq!(version(previous(&events, "a")), Some(Some("1.1.0".into())));
        events.push(event(Action::Rollback, Some("1.1.0")));
        assert_eq!(
            version(previous(&events, "a")),
            Some(Some("1.0.0".into())),
            "a second rollback goes further back, not forth again"
        );
        events.push(event(Action::Remove, None));
        assert_eq!(
            version(previous(&events, "a")),
            Some(Some("1.1.0".into())),
            "a removal is rolled back to what was listed"
        );
        assert_eq!(previous(&events, "b"), None);
        assert_eq!(
            recorded_item(&events, "a", "1.2.0").unwrap()["version"],
            "1.2.0"
        );
    }
}
