//! `piral feed`: the releases of a feed in blob storage, managed without building or uploading
//! anything: list an environment, promote a version from one environment to another, roll it
//! back, remove it, show its history, and verify that everything a feed lists is there and
//! intact. Every change is a conditional write of the environment's document
//! ([`super::environments::change`]), in every region (`--to` given twice), primary first.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{Value, json};

use super::blob::Store;
use super::environments::{self, Action, Environment, Event};
use super::feed;
use super::static_feed::{in_region, open_stores, runtime};
use crate::errors::codes::Level;
use crate::errors::{Code, CodedError};
use crate::ui::Reporter;

/// What `piral feed` does.
#[derive(Debug, Clone)]
pub(crate) enum Operation {
    List,
    /// `<name>[@<version>]` from environment `from`.
    Promote {
        name: String,
        version: Option<String>,
        from: String,
    },
    Rollback {
        name: String,
        version: Option<String>,
    },
    Remove {
        name: String,
    },
    History {
        name: Option<String>,
    },
    Verify,
}

/// `piral feed <operation>`, resolved.
#[derive(Debug)]
pub(crate) struct ManageSettings {
    /// The targets, the primary region first.
    pub(crate) to: Vec<String>,
    pub(crate) options: BTreeMap<String, String>,
    /// `--env`; for `verify` and `history` without it: every environment.
    pub(crate) env: Option<String>,
    pub(crate) operation: Operation,
}

/// `name@version` (the name may be scoped: `@scope/name@1.0.0`) into its parts.
pub(crate) fn split_spec(spec: &str) -> (String, Option<String>) {
    match spec.rsplit_once('@') {
        Some((name, version)) if !name.is_empty() && !version.is_empty() => {
            (name.to_string(), Some(version.to_string()))
        }
        _ => (spec.to_string(), None),
    }
}

/// The stores' URLs, in order (the primary region first).
fn urls(stores: &[Store]) -> Vec<&str> {
    stores.iter().map(|s| s.url.as_str()).collect()
}

fn missing(message: String) -> CodedError {
    CodedError::new(Code::FeedPiletMissing, message)
}

/// What `piral feed` came to.
pub(crate) struct Managed {
    /// The `--json` data.
    pub(crate) data: Value,
    /// What goes to stdout without `--json` (the list, the history).
    pub(crate) text: String,
    /// Whether `verify` found problems.
    pub(crate) failed: bool,
}

/// Runs `settings.operation`.
pub(crate) fn run(settings: &ManageSettings, reporter: &dyn Reporter) -> anyhow::Result<Managed> {
    if settings.to.is_empty() {
        return Err(CodedError::new(
            Code::BlobStorageInvalid,
            "`piral feed` needs the storage of the feed",
        )
        .with_hint("pass `--to az://<container>/<prefix>` (or s3://, gs://, file:///), or set `url` in .piralrc to such a URL")
        .into());
    }
    let stores = open_stores(&settings.to, &settings.options)?;
    let env = Environment::named(settings.env.as_deref())?;
    let runtime = runtime()?;
    runtime.block_on(async {
        match &settings.operation {
            Operation::List => list(&stores[0], &env, reporter).await,
            Operation::History { name } => history(&stores[0], &env, name.as_deref()).await,
            Operation::Verify => {
                verify(&stores, settings.env.as_ref().map(|_| &env), reporter).await
            }
            change => {
                // Decided once, for every region, from the last one: when a run fails in a
                // region, the ones after it are untouched, so a rerun decides the same.
                let change = &decide(&stores, &env, change).await?;
                let mut changed = Vec::new();
                for (index, store) in stores.iter().enumerate() {
                    let done = apply(store, &env, change, reporter)
                        .await
                        .map_err(|e| in_region(&settings.to, index, index, e))?;
                    changed.push(json!({ "to": store.url, "event": done }));
                }
                Ok(Managed {
                    data: json!({ "env": env.name(), "regions": changed }),
                    text: String::new(),
                    failed: false,
                })
            }
        }
    })
}

async fn list(
    store: &Store,
    env: &Environment,
    reporter: &dyn Reporter,
) -> anyhow::Result<Managed> {
    let items = match environments::read(store, env).await? {
        Some(feed) => feed.items,
        None => {
            reporter.note(format_args!(
                "{} has no `{}` (no pilet was published or promoted to {} yet)",
                store.url,
                env.document(),
                env.name()
            ));
            Vec::new()
        }
    };
    let mut text = String::new();
    for item in &items {
        text.push_str(&format!(
            "{}\t{}\t{}\t{}\n",
            item["name"].as_str().unwrap_or("?"),
            item["version"].as_str().unwrap_or("?"),
            item["spec"].as_str().unwrap_or("?"),
            item["link"].as_str().unwrap_or("?"),
        ));
    }
    reporter.status(
        "Listed",
        format_args!(
            "{} pilet(s) in {} of {}",
            items.len(),
            env.document(),
            store.url
        ),
    );
    Ok(Managed {
        data: json!({ "to": store.url, "env": env.name(), "items": items }),
        text,
        failed: false,
    })
}

async fn history(store: &Store, env: &Environment, name: Option<&str>) -> anyhow::Result<Managed> {
    let events: Vec<Event> = environments::history(store, env)
        .await?
        .into_iter()
        .filter(|event| name.is_none_or(|name| event.name == name))
        .collect();
    let mut text = String::new();
    {
        let lines = &mut text;
        for event in &events {
            let action = serde_json::to_value(event.action).unwrap_or_default();
            lines.push_str(&format!(
                "{}  {:<8} {}@{}{}{}  by {}\n",
                event.at,
                action.as_str().unwrap_or("?"),
                event.name,
                event.version.as_deref().unwrap_or("-"),
                event
                    .previous
                    .as_deref()
                    .map(|p| format!(" (was {p})"))
                    .unwrap_or_default(),
                event
                    .from
                    .as_deref()
                    .map(|f| format!(" from {f}"))
                    .unwrap_or_default(),
                event.by,
            ));
        }
    }
    let events: Vec<Value> = events.into_iter().map(summary).collect();
    Ok(Managed {
        data: json!({ "to": store.url, "env": env.name(), "events": events }),
        text,
        failed: false,
    })
}

/// An event for `--json`: without the item it recorded (which `feed list` shows).
fn summary(mut event: Event) -> Value {
    event.item = None;
    serde_json::to_value(event).expect("events serialise")
}

/// A change made definite for every region: a rollback to "the version before" becomes a
/// rollback to that version (or to "not listed", as `version: None` with `name` unlisted),
/// found in the last region's history; a removal must find the pilet in some region.
async fn decide(
    stores: &[Store],
    env: &Environment,
    operation: &Operation,
) -> Result<Operation, CodedError> {
    let last = stores.last().expect("at least one target");
    match operation {
        Operation::Rollback {
            name,
            version: None,
        } => {
            let events = environments::history(last, env).await?;
            match environments::previous(&events, name) {
                Some(Some(item)) => Ok(Operation::Rollback {
                    name: name.clone(),
                    version: item["version"].as_str().map(String::from),
                }),
                Some(None) => Ok(Operation::Remove { name: name.clone() }),
                None => Err(missing(format!(
                    "the history of {} in {} has no version of `{name}` before the current one",
                    env.name(),
                    last.url
                ))),
            }
        }
        Operation::Remove { name } => {
            for store in stores {
                let items = environments::items(store, env).await?;
                if environments::version_of(&items, name).is_some() {
                    return Ok(operation.clone());
                }
            }
            Err(missing(format!(
                "`{name}` is not in {} of {}",
                env.document(),
                urls(stores).join(" or ")
            )))
        }
        other => Ok(other.clone()),
    }
}

/// One change (promote, rollback, remove) in one region; the event it recorded (`null`: the
/// environment was already so).
async fn apply(
    store: &Store,
    env: &Environment,
    operation: &Operation,
    reporter: &dyn Reporter,
) -> Result<Value, CodedError> {
    let event = match operation {
        Operation::Promote {
            name,
            version,
            from,
        } => {
            let source = Environment::named(Some(from))?;
            if source == *env {
                return Err(CodedError::new(
                    Code::FeedEnvironmentInvalid,
                    format!("`--from {from}` is the environment promoted to"),
                )
                .with_hint(
                    "name the target with `--env`, for example `--from staging --env production`",
                ));
            }
            let items = environments::items(store, &source).await?;
            let Some(item) = items.into_iter().find(|item| {
                item["name"] == name.as_str()
                    && version.as_deref().is_none_or(|v| item["version"] == v)
            }) else {
                return Err(missing(format!(
                    "`{name}{}` is not in {} of {}",
                    version
                        .as_deref()
                        .map(|v| format!("@{v}"))
                        .unwrap_or_default(),
                    source.document(),
                    store.url
                )));
            };
            environments::change(store, env, |current| {
                if current.contains(&item) {
                    return Ok(None);
                }
                feed::upsert(current, item.clone());
                let mut event = Event::now(Action::Promote, name, Some(&item));
                event.from = Some(source.name().to_string());
                Ok(Some(event))
            })
            .await?
        }
        Operation::Rollback { name, version } => {
            // The version `decide` chose, as this region recorded it (its own links).
            let target = match version {
                Some(version) => {
                    let events = environments::history(store, env).await?;
                    Some(
                        environments::recorded_item(&events, name, version).ok_or_else(|| {
                            missing(format!(
                                "the history of {} in {} has no `{name}@{version}`",
                                env.name(),
                                store.url
                            ))
                        })?,
                    )
                }
                None => None,
            };
            environments::change(store, env, |current| {
                let listed = current.iter().position(|i| i["name"] == name.as_str());
                match (&target, listed) {
                    (Some(item), Some(at)) if current[at] == *item => Ok(None),
                    (None, None) => Ok(None),
                    (Some(item), _) => {
                        feed::upsert(current, item.clone());
                        Ok(Some(Event::now(Action::Rollback, name, Some(item))))
                    }
                    (None, Some(at)) => {
                        current.remove(at);
                        Ok(Some(Event::now(Action::Rollback, name, None)))
                    }
                }
            })
            .await?
        }
        Operation::Remove { name } => {
            // `decide` made sure some region lists it; a region without it has nothing to do.
            environments::change(store, env, |current| {
                let Some(at) = current.iter().position(|i| i["name"] == name.as_str()) else {
                    return Ok(None);
                };
                current.remove(at);
                Ok(Some(Event::now(Action::Remove, name, None)))
            })
            .await?
        }
        Operation::List | Operation::History { .. } | Operation::Verify => {
            unreachable!("not a change")
        }
    };
    match &event {
        Some(event) => reporter.status(
            match event.action {
                Action::Promote => "Promoted",
                Action::Rollback => "Rolled back",
                Action::Remove => "Removed",
                Action::Publish => "Published",
            },
            format_args!(
                "`{}` in {} of {}: {} → {}",
                event.name,
                env.name(),
                store.url,
                event.previous.as_deref().unwrap_or("(none)"),
                event.version.as_deref().unwrap_or("(none)")
            ),
        ),
        None => reporter.status(
            "Unchanged",
            format_args!("{} of {} is already so", env.name(), store.url),
        ),
    }
    Ok(event.map_or(Value::Null, summary))
}

/// The bytes behind `link`: from `store` for a link relative to the feed or below the
/// storage's own URL (read with the credentials, so private buckets verify too), else over HTTP.
async fn fetch(client: &reqwest::Client, store: &Store, link: &str) -> Result<Vec<u8>, String> {
    let own = store
        .public_url("")
        .and_then(|base| link.strip_prefix(base.as_str()).map(String::from));
    if own.is_none() && (link.starts_with("http://") || link.starts_with("https://")) {
        let response = client.get(link).send().await.map_err(|e| e.to_string())?;
        let status = response.status();
        if !status.is_success() {
            return Err(format!("answers {status}"));
        }
        return Ok(response.bytes().await.map_err(|e| e.to_string())?.to_vec());
    }
    let relative = own.as_deref().unwrap_or(link).trim_start_matches("./");
    match store.read(relative).await {
        Ok(Some(bytes)) => Ok(bytes.to_vec()),
        Ok(None) => Err("is not there".into()),
        Err(e) => Err(e.message),
    }
}

/// The bare specifiers a SystemJS pilet imports (`System.register(["react", "./chunk.js"], …)`):
/// what it needs from the shell or from other pilets.
pub(crate) fn bare_imports(code: &str) -> Vec<String> {
    let Some(start) = code.find("System.register(") else {
        return Vec::new();
    };
    let rest = code[start + "System.register(".len()..].trim_start();
    let Some(list) = rest.strip_prefix('[') else {
        return Vec::new();
    };
    let Some(end) = list.find(']') else {
        return Vec::new();
    };
    serde_json::from_str::<Vec<String>>(&format!("[{}]", &list[..end]))
        .unwrap_or_default()
        .into_iter()
        .filter(|s| {
            !(s.starts_with("./")
                || s.starts_with("../")
                || s.starts_with('/')
                || s.contains("://"))
        })
        .collect()
}

/// One problem `verify` found.
fn problem(reporter: &dyn Reporter, problems: &mut Vec<String>, message: String) {
    reporter.diagnostic(Code::FeedVerifyFailed, Level::Error, message.clone(), None);
    problems.push(message);
}

/// What an environment lists in one region: (name, version, integrity) of each item.
type Listing = BTreeSet<(String, String, String)>;

async fn verify(
    stores: &[Store],
    env: Option<&Environment>,
    reporter: &dyn Reporter,
) -> anyhow::Result<Managed> {
    let client = reqwest::Client::builder()
        .timeout(std::time::Duration::from_secs(60))
        .build()?;
    let mut reports = Vec::new();
    let mut failed = false;
    // Per environment, what each region lists: (name, version, integrity).
    let mut listings: BTreeMap<String, Vec<(String, Listing)>> = BTreeMap::new();
    for store in stores {
        let envs = match env {
            Some(env) => vec![env.clone()],
            None => Environment::all(store).await?,
        };
        for env in envs {
            let mut problems = Vec::new();
            let feed = environments::read(store, &env).await?;
            if feed.is_none() {
                problem(
                    reporter,
                    &mut problems,
                    format!("{} has no `{}`", store.url, env.document()),
                );
            }
            let environments::Feed { items, revision } = feed.unwrap_or_default();
            let events = environments::history(store, &env).await?;
            let unrecorded = environments::missing_revisions(&events, revision);
            if !unrecorded.is_empty() {
                problem(
                    reporter,
                    &mut problems,
                    format!(
                        "the history of {} in {} does not record the change(s) that wrote revision(s) {} of `{}`",
                        env.name(),
                        store.url,
                        unrecorded
                            .iter()
                            .map(u64::to_string)
                            .collect::<Vec<_>>()
                            .join(", "),
                        env.document()
                    ),
                );
            }
            let shell = match store.read(&env.shell_record()).await? {
                Some(bytes) => serde_json::from_slice::<Value>(&bytes).ok(),
                None => None,
            };
            let mut provided: BTreeSet<String> = items
                .iter()
                .filter_map(|item| item["dependencies"].as_object())
                .flat_map(|deps| deps.keys().map(|key| split_spec(key).0))
                .collect();
            if let Some(shell) = &shell {
                provided.extend(
                    shell["shared"]
                        .as_array()
                        .into_iter()
                        .flatten()
                        .filter_map(Value::as_str)
                        .map(String::from),
                );
                if let Some(name) = shell["name"].as_str() {
                    provided.insert(name.to_string());
                }
            }
            let mut checked_files = 0usize;
            let mut listing = BTreeSet::new();
            for item in &items {
                let name = item["name"].as_str().unwrap_or("?");
                let version = item["version"].as_str().unwrap_or("?");
                let integrity = item["integrity"].as_str().unwrap_or_default();
                listing.insert((name.into(), version.into(), integrity.into()));
                let at = format!("`{name}@{version}` in {} of {}", env.name(), store.url);
                let link = item["link"].as_str().unwrap_or_default();
                match fetch(&client, store, link).await {
                    Err(why) => problem(
                        reporter,
                        &mut problems,
                        format!("{at}: its link {link} {why}"),
                    ),
                    Ok(bytes) => {
                        checked_files += 1;
                        match crate::digest::sri_matches(integrity, &bytes) {
                            Some(true) => {}
                            Some(false) => problem(
                                reporter,
                                &mut problems,
                                format!(
                                    "{at}: the bytes of {link} do not match its integrity {integrity}"
                                ),
                            ),
                            None => problem(
                                reporter,
                                &mut problems,
                                format!("{at}: it has no integrity to check {link} against"),
                            ),
                        }
                        if shell.is_some() && matches!(item["spec"].as_str(), Some("v2" | "v3")) {
                            for needed in bare_imports(&String::from_utf8_lossy(&bytes)) {
                                let covered = provided.contains(&needed)
                                    || provided.iter().any(|p| {
                                        needed.starts_with(p.as_str())
                                            && needed[p.len()..].starts_with('/')
                                    });
                                if !covered {
                                    problem(
                                        reporter,
                                        &mut problems,
                                        format!(
                                            "{at}: it needs `{needed}`, which neither the shell released to {} nor another pilet provides",
                                            env.name()
                                        ),
                                    );
                                }
                            }
                        }
                    }
                }
                for (key, url) in item["dependencies"].as_object().into_iter().flatten() {
                    let Some(url) = url.as_str() else { continue };
                    match fetch(&client, store, url).await {
                        Ok(_) => checked_files += 1,
                        Err(why) => problem(
                            reporter,
                            &mut problems,
                            format!("{at}: its dependency `{key}` at {url} {why}"),
                        ),
                    }
                }
                if !events.is_empty() {
                    let last = events.iter().rev().find(|e| e.name == name);
                    if last.and_then(|e| e.version.as_deref()) != Some(version) {
                        problem(
                            reporter,
                            &mut problems,
                            format!(
                                "{at}: the history last recorded {}",
                                last.map_or("nothing for it".to_string(), |e| format!(
                                    "{}@{}",
                                    e.name,
                                    e.version.as_deref().unwrap_or("(removed)")
                                ))
                            ),
                        );
                    }
                }
            }
            if shell.is_none() && !items.is_empty() {
                reporter.note(format_args!(
                    "no shell was released to {} of {} (`piral publish --type release --env {}`): the pilets' shared dependencies were not checked",
                    env.name(),
                    store.url,
                    env.name()
                ));
            }
            listings
                .entry(env.name().to_string())
                .or_default()
                .push((store.url.clone(), listing));
            failed |= !problems.is_empty();
            reporter.status(
                if problems.is_empty() {
                    "Verified"
                } else {
                    "Failed"
                },
                format_args!(
                    "{} of {}: {} pilet(s), {checked_files} file(s) fetched, {} problem(s)",
                    env.name(),
                    store.url,
                    items.len(),
                    problems.len()
                ),
            );
            reports.push(
                json!({ "to": store.url, "env": env.name(), "items": items.len(),
                "files": checked_files, "problems": problems }),
            );
        }
    }
    // The regions must list the same (an environment a region has no document for lists
    // nothing there).
    let mut region_problems = Vec::new();
    if stores.len() > 1 {
        let none = Listing::new();
        for (env_name, regions) in &listings {
            let of = |url: &str| {
                regions
                    .iter()
                    .find(|(u, _)| u == url)
                    .map_or(&none, |(_, listing)| listing)
            };
            let primary = stores[0].url.as_str();
            for store in &stores[1..] {
                let (first, other) = (of(primary), of(&store.url));
                for (name, version, _) in first.symmetric_difference(other) {
                    let in_primary = first.iter().any(|(n, v, _)| n == name && v == version);
                    let (has, lacks) = if in_primary {
                        (primary, store.url.as_str())
                    } else {
                        (store.url.as_str(), primary)
                    };
                    problem(
                        reporter,
                        &mut region_problems,
                        format!(
                            "`{name}@{version}` in {env_name}: {has} lists it, {lacks} does not (or with other contents)"
                        ),
                    );
                }
            }
        }
    }
    if reports.is_empty() {
        let message = format!(
            "{} holds no feed document{}: check `--to` and `--env`",
            urls(stores).join(" and "),
            env.map(|env| format!(" for {}", env.name()))
                .unwrap_or_default()
        );
        problem(reporter, &mut region_problems, message);
    }
    failed |= !region_problems.is_empty();
    Ok(Managed {
        data: json!({ "targets": urls(stores),
            "environments": reports, "regions": region_problems, "ok": !failed }),
        text: String::new(),
        failed,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn specs_split_at_the_last_at() {
        assert_eq!(split_spec("a@1.0.0"), ("a".into(), Some("1.0.0".into())));
        assert_eq!(
            split_spec("@s/a@2.0.0"),
            ("@s/a".into(), Some("2.0.0".into()))
        );
        assert_eq!(split_spec("@s/a"), ("@s/a".into(), None));
        assert_eq!(split_spec("a"), ("a".into(), None));
    }

    #[test]
    fn a_pilet_needs_its_bare_imports() {
        let code = "//@pilet v:2(pr_a,{})\nSystem.register([\"react\",\"./chunk.js\",\"react-dom/client\",\"https://x/y.js\"],function(){})";
        assert_eq!(bare_imports(code), ["react", "react-dom/client"]);
        assert!(bare_imports("System.register([],function(){})").is_empty());
        assert!(bare_imports("module.exports = {}").is_empty());
        assert_eq!(split_spec("@scope/x@1.0.0").0, "@scope/x");
    }
}
