//! The local feed that `/$pilet-api` answers: one item per served pilet, in the shape
//! `piral-debug-utils` expects (spec §9.2), followed by the pilets of the remote feeds
//! (`--feed`) whose names are not served locally.
//!
//! The builds come from the coordinator; the router decides which requests get the feed.

use serde_json::{Map, Value};

use super::API;
use super::coordinator::{Coordinator, Slot};

/// One pilet's feed item, as `piral-debug-utils` expects it (spec §9.2).
pub(crate) fn item(slot: &Slot, index: usize, origin: &str) -> Value {
    let base = format!("{origin}{API}/{index}/");
    let mut item = Map::new();
    for key in ["custom", "config"] {
        if let Some(value) = slot.build.meta.get(key).filter(|v| !v.is_null()) {
            item.insert(key.into(), value.clone());
        }
    }
    for key in ["name", "version"] {
        item.insert(
            key.into(),
            slot.build.meta.get(key).cloned().unwrap_or(Value::Null),
        );
    }
    item.insert(
        "link".into(),
        Value::from(format!(
            "{base}{}?updated={}",
            slot.build.main, slot.updated
        )),
    );
    let spec = slot.build.meta.get("spec").cloned().unwrap_or(Value::Null);
    let main = slot
        .build
        .files
        .get(&slot.build.main)
        .map_or(&[][..], Vec::as_slice);
    // The keys the old CLI's debug server lists for each format (its `getPiletSpecMeta`):
    // piral-base loads a v0 item only with a `hash`, and takes any item with a `requireRef` for
    // v1.
    match spec.as_str() {
        Some("v0") => {
            item.insert("spec".into(), spec);
            item.insert("hash".into(), Value::from(crate::digest::sha1_hex(main)));
            item.insert("noCache".into(), Value::Bool(true));
        }
        Some("v1") => {
            item.insert("spec".into(), spec);
            item.insert("requireRef".into(), require_ref(slot));
            item.insert(
                "integrity".into(),
                Value::from(crate::digest::sri_sha256(main)),
            );
        }
        _ => {
            item.insert("spec".into(), spec);
            item.insert("requireRef".into(), require_ref(slot));
            let dependencies = crate::manifest::importmap::dependency_urls(
                slot.build.meta.get("dependencies"),
                &base,
            );
            item.insert("dependencies".into(), Value::Object(dependencies));
        }
    }
    Value::Object(item)
}

fn require_ref(slot: &Slot) -> Value {
    slot.build
        .meta
        .get("requireRef")
        .cloned()
        .unwrap_or(Value::Null)
}

/// The local pilets' feed items, in the order they were given.
pub(crate) fn items(coordinator: &Coordinator, origin: &str) -> Vec<Value> {
    coordinator.with_slots(|slots| {
        slots
            .iter()
            .enumerate()
            .map(|(index, slot)| item(slot, index, origin))
            .collect()
    })
}

/// Request headers that are not forwarded to remote feeds (spec §9.2).
fn forwarded(name: &str) -> bool {
    !matches!(
        name,
        "host"
            | "user-agent"
            | "accept"
            | "accept-language"
            | "accept-encoding"
            | "referer"
            | "traceparent"
            | "dnt"
            | "connection"
            | "upgrade"
            | "content-length"
    ) && !name.starts_with("sec-fetch-")
}

/// Appends the pilets of the remote feeds whose names are not served locally. A feed may
/// answer with an array, `{ items: [...] }` or a single pilet; one that fails is skipped.
pub(crate) async fn merge_remote(
    client: &reqwest::Client,
    feeds: &[String],
    headers: &hyper::HeaderMap,
    items: &mut Vec<Value>,
) {
    for url in feeds {
        let mut request = client.get(url);
        for (name, value) in headers {
            if forwarded(name.as_str()) {
                request = request.header(name.as_str(), value.as_bytes());
            }
        }
        let Ok(response) = request.send().await else {
            continue;
        };
        let Ok(body) = response.bytes().await else {
            continue;
        };
        let remote = match serde_json::from_slice::<Value>(&body) {
            Ok(Value::Array(list)) => list,
            Ok(Value::Object(mut map)) => match map.remove("items") {
                Some(Value::Array(list)) => list,
                _ => vec![Value::Object(map)],
            },
            _ => continue,
        };
        for pilet in remote {
            let name = pilet.get("name").cloned();
            if !items.iter().any(|local| local.get("name") == name.as_ref()) {
                items.push(pilet);
            }
        }
    }
}
