//! The JSON and HAR injectors: recorded requests and their answers, read from the mock folders
//! and matched as kras matches them (method, target, path without regard to case, query with
//! `*` for any value).

use std::path::{Path, PathBuf};

use base64::Engine as _;
use bytes::Bytes;
use serde_json::{Map, Value};

use super::config::Kind;
use super::{MockRequest, MockResponse};

/// One recorded request and the answers it may get.
#[derive(Debug)]
pub(crate) struct Recorded {
    method: String,
    target: String,
    path: String,
    query: Option<Map<String, Value>>,
    answers: Vec<MockResponse>,
}

impl Recorded {
    fn matches(&self, request: &MockRequest) -> bool {
        let path = request
            .url
            .split_once('?')
            .map_or(request.url.as_str(), |(p, _)| p);
        self.method.eq_ignore_ascii_case(&request.method)
            && (self.target.is_empty() || request.target.is_empty() || self.target == request.target)
            && self.path.eq_ignore_ascii_case(path)
            // A recording without a query answers requests without one (`_`, a cache buster,
            // does not count), as kras compares them.
            && match &self.query {
                None => request.query.is_empty(),
                Some(expected) => query_matches(expected, &request.query),
            }
    }
}

fn query_matches(expected: &Map<String, Value>, actual: &Map<String, Value>) -> bool {
    expected.len() == actual.len()
        && expected.iter().all(|(key, value)| {
            value.as_str() == Some("*")
                || actual.get(key).is_some_and(|a| {
                    a == value || value.as_str().is_some_and(|v| a.as_str() == Some(v))
                })
        })
}

/// The first recorded request that matches (random among its answers, as the old CLI
/// configures kras).
pub(crate) fn answer(recorded: &[Recorded], request: &MockRequest) -> Option<MockResponse> {
    let found = recorded.iter().find(|r| r.matches(request))?;
    let pick = if found.answers.len() > 1 {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.subsec_nanos() as usize);
        nanos % found.answers.len()
    } else {
        0
    };
    found.answers.get(pick).cloned()
}

/// Every file of `folders` the injector reads, sorted, below hidden folders and node_modules.
pub(crate) fn files_of(folders: &[PathBuf], kind: Kind) -> Vec<PathBuf> {
    fn walk(folder: &Path, kind: Kind, out: &mut Vec<PathBuf>) {
        let Ok(entries) = std::fs::read_dir(folder) else {
            return;
        };
        let mut entries: Vec<_> = entries.flatten().map(|e| e.path()).collect();
        entries.sort();
        for path in entries {
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
            if path.is_dir() {
                if name != "node_modules" && !name.starts_with('.') {
                    walk(&path, kind, out);
                }
            } else if kind.reads(&path) {
                out.push(path);
            }
        }
    }
    let mut out = Vec::new();
    for folder in folders {
        walk(folder, kind, &mut out);
    }
    out
}

/// Reads the recorded requests of one file; a file that cannot be read is reported as
/// `Err(message)` and skipped.
pub(crate) fn read(kind: Kind, path: &Path) -> Result<Vec<Recorded>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
    let value: Value = serde_json::from_str(&text).map_err(|e| format!("not valid JSON: {e}"))?;
    match kind {
        Kind::Json => Ok(json_entries(value)),
        Kind::Har => Ok(har_entries(&value)),
        Kind::Script => Ok(Vec::new()),
    }
}

fn string(value: Option<&Value>) -> Option<String> {
    value.and_then(Value::as_str).map(String::from)
}

fn headers_object(value: Option<&Value>) -> Vec<(String, String)> {
    let Some(Value::Object(headers)) = value else {
        return Vec::new();
    };
    headers
        .iter()
        .flat_map(|(name, value)| match value {
            Value::Array(values) => values
                .iter()
                .map(|v| (name.to_ascii_lowercase(), text_of(v)))
                .collect::<Vec<_>>(),
            v => vec![(name.to_ascii_lowercase(), text_of(v))],
        })
        .collect()
}

fn text_of(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

fn split_url(url: &str) -> (String, Option<Map<String, Value>>) {
    match url.split_once('?') {
        Some((path, query)) => (path.to_string(), Some(super::parse_query(query))),
        None => (url.to_string(), None),
    }
}

/// `{ request, response }` or an array of them; `response` one answer or several.
fn json_entries(value: Value) -> Vec<Recorded> {
    let items = match value {
        Value::Array(items) => items,
        other => vec![other],
    };
    items
        .into_iter()
        .filter_map(|item| {
            let request = item.get("request")?;
            let (path, url_query) = split_url(request.get("url")?.as_str()?);
            let query = match request.get("query") {
                Some(Value::Object(query)) if !query.is_empty() => Some(query.clone()),
                Some(Value::Object(_)) => None,
                _ => url_query,
            };
            let answers = match item.get("response")? {
                Value::Array(answers) => answers.iter().filter_map(json_answer).collect(),
                answer => json_answer(answer).into_iter().collect(),
            };
            Some(Recorded {
                method: string(request.get("method")).unwrap_or_else(|| "GET".into()),
                target: string(request.get("target")).unwrap_or_default(),
                path,
                query,
                answers,
            })
        })
        .collect()
}

fn json_answer(answer: &Value) -> Option<MockResponse> {
    let status = answer.get("status");
    let code = status
        .and_then(|s| s.get("code").or(Some(s)))
        .and_then(Value::as_u64)
        .unwrap_or(200) as u16;
    let mut headers = headers_object(answer.get("headers"));
    let body = match answer.get("content") {
        None | Some(Value::Null) => Bytes::new(),
        Some(Value::String(text)) => Bytes::from(text.clone()),
        Some(other) => {
            if !headers.iter().any(|(n, _)| n == "content-type") {
                headers.push(("content-type".into(), "application/json".into()));
            }
            Bytes::from(other.to_string())
        }
    };
    if !headers.iter().any(|(n, _)| n == "content-type") {
        headers.push(("content-type".into(), "text/html".into()));
    }
    Some(MockResponse {
        status: code,
        headers,
        body,
        redirect: string(answer.get("redirectUrl")).filter(|u| !u.is_empty()),
    })
}

/// Headers a recording carries that describe the recorded transfer, not the answer.
const TRANSFER_HEADERS: &[&str] = &[
    "content-length",
    "content-encoding",
    "transfer-encoding",
    "connection",
    "keep-alive",
];

fn har_entries(value: &Value) -> Vec<Recorded> {
    let Some(Value::Array(entries)) = value.get("log").and_then(|l| l.get("entries")) else {
        return Vec::new();
    };
    entries
        .iter()
        .filter_map(|entry| {
            let request = entry.get("request")?;
            let response = entry.get("response")?;
            let url = request.get("url")?.as_str()?;
            // An absolute URL is matched by its path and query.
            let relative = match url.find("://") {
                Some(scheme) => url[scheme + 3..]
                    .find('/')
                    .map_or("/", |at| &url[scheme + 3 + at..]),
                None => url,
            };
            let (path, query) = split_url(relative);
            let mut headers: Vec<(String, String)> = response
                .get("headers")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .filter_map(|h| {
                    let name = h.get("name")?.as_str()?.to_ascii_lowercase();
                    (!name.starts_with(':') && !TRANSFER_HEADERS.contains(&name.as_str()))
                        .then(|| Some((name, h.get("value")?.as_str()?.to_string())))?
                })
                .collect();
            let content = response.get("content");
            if !headers.iter().any(|(n, _)| n == "content-type")
                && let Some(mime) = content
                    .and_then(|c| c.get("mimeType"))
                    .and_then(Value::as_str)
            {
                headers.push(("content-type".into(), mime.to_string()));
            }
            let text = content
                .and_then(|c| c.get("text"))
                .and_then(Value::as_str)
                .unwrap_or("");
            let body = match content
                .and_then(|c| c.get("encoding"))
                .and_then(Value::as_str)
            {
                Some("base64") => base64::engine::general_purpose::STANDARD
                    .decode(text.trim())
                    .map(Bytes::from)
                    .unwrap_or_default(),
                _ => Bytes::from(text.to_string()),
            };
            Some(Recorded {
                method: string(request.get("method")).unwrap_or_else(|| "GET".into()),
                target: String::new(),
                path,
                query,
                answers: vec![MockResponse {
                    status: response
                        .get("status")
                        .and_then(Value::as_u64)
                        .unwrap_or(200) as u16,
                    headers,
                    body,
                    redirect: string(response.get("redirectURL")).filter(|u| !u.is_empty()),
                }],
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(method: &str, url: &str) -> MockRequest {
        MockRequest::new(method, "", url, Vec::new(), Bytes::new())
    }

    #[test]
    fn json_mocks_match_as_kras_does() {
        let recorded = json_entries(serde_json::json!([
            { "request": { "url": "/api/Config", "method": "GET", "target": "", "query": {} },
              "response": { "status": { "code": 200, "text": "OK" }, "headers": { "Content-Type": "application/json" },
                            "content": "{\"theme\":\"dark\"}" } },
            { "request": { "url": "/api/items", "method": "GET", "query": { "page": "*" } },
              "response": { "status": { "code": 201 }, "content": { "items": [] } } },
            { "request": { "url": "/api/items", "method": "POST" }, "response": { "status": { "code": 204 } } }
        ]));
        let config = answer(&recorded, &request("GET", "/api/config")).unwrap();
        assert_eq!(config.status, 200);
        assert_eq!(config.body, "{\"theme\":\"dark\"}");
        assert!(
            config
                .headers
                .contains(&("content-type".into(), "application/json".into()))
        );
        // With a query where the recording has none, and the other way round: no match.
        assert!(answer(&recorded, &request("GET", "/api/config?x=1")).is_none());
        assert!(answer(&recorded, &request("GET", "/api/items")).is_none());
        let items = answer(&recorded, &request("GET", "/api/items?page=3")).unwrap();
        assert_eq!(
            (items.status, &items.body[..]),
            (201, &b"{\"items\":[]}"[..])
        );
        assert!(answer(&recorded, &request("GET", "/api/items?page=3&x=1")).is_none());
        assert_eq!(
            answer(&recorded, &request("POST", "/api/items"))
                .unwrap()
                .status,
            204
        );
        // kras leaves out `_`, the cache buster.
        assert!(answer(&recorded, &request("GET", "/api/config?_=123")).is_some());
    }

    #[test]
    fn har_entries_answer_with_their_recorded_content() {
        let recorded = har_entries(&serde_json::json!({ "log": { "entries": [
            { "request": { "method": "GET", "url": "https://api.example.test/v1/logo?size=2", "queryString": [] },
              "response": { "status": 200, "statusText": "OK",
                "headers": [ { "name": "Content-Encoding", "value": "gzip" }, { "name": "X-Id", "value": "7" } ],
                "content": { "mimeType": "image/png", "text": "iVBORw==", "encoding": "base64" } } },
            { "request": { "method": "GET", "url": "https://api.example.test/v1/moved" },
              "response": { "status": 302, "redirectURL": "/v1/new", "headers": [], "content": { "text": "" } } }
        ] } }));
        let logo = answer(&recorded, &request("GET", "/v1/logo?size=2")).unwrap();
        assert_eq!(&logo.body[..], &[0x89, b'P', b'N', b'G']);
        assert_eq!(
            logo.headers,
            [
                ("x-id".to_string(), "7".to_string()),
                ("content-type".into(), "image/png".into())
            ]
        );
        let moved = answer(&recorded, &request("GET", "/v1/moved")).unwrap();
        assert_eq!(
            (moved.status, moved.redirect.as_deref()),
            (302, Some("/v1/new"))
        );
    }
}
