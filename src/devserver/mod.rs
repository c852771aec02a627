//! The debug server of `pilet debug`: the shell's files, the local feed `/$pilet-api` that
//! `piral-debug-utils` reads, a WebSocket on the same path that announces each rebuilt pilet,
//! and a second one (`/$events`) that drives the error overlay.
//!
//! One tokio runtime serves HTTP (hyper 1); one watcher thread per pilet rebuilds on changes
//! (notify, debounced, content-hash filtered) and swaps the new build in only when it
//! succeeded. Everything binds 127.0.0.1 unless told otherwise; requests with a foreign `Host`
//! (DNS rebinding) and WebSockets from a foreign `Origin` are refused; no CORS headers.

pub(crate) mod paths;

use std::collections::BTreeMap;
use std::convert::Infallible;
use std::path::{Path, PathBuf};
use std::sync::{Arc, RwLock};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use bytes::Bytes;
use futures_util::SinkExt as _;
use http_body_util::Full;
use hyper::body::Incoming;
use hyper::{Request, Response, StatusCode};
use serde_json::{Map, Value, json};
use tokio::sync::broadcast;

/// The output of one successful pilet build, held in memory and served from there.
#[derive(Clone, Debug)]
pub(crate) struct BuiltPilet {
    pub(crate) files: BTreeMap<String, Vec<u8>>,
    /// The main file's name (`index.js`).
    pub(crate) main: String,
    /// `name`, `version`, `spec`, `requireRef`, `dependencies` (refs relative to the pilet),
    /// `custom`, `config`: what the feed lists besides `link`.
    pub(crate) meta: Map<String, Value>,
}

/// Builds a pilet; called at start and after each change.
pub(crate) type Builder = Box<dyn Fn() -> anyhow::Result<BuiltPilet> + Send + Sync>;

/// A pilet the server builds, watches and serves.
pub(crate) struct PiletSource {
    pub(crate) root: PathBuf,
    pub(crate) build: Builder,
}

/// An app shell built from its sources (`piral debug`): its files, served from memory.
pub(crate) struct ShellSource {
    pub(crate) root: PathBuf,
    pub(crate) build: Box<dyn Fn() -> anyhow::Result<BTreeMap<String, Vec<u8>>> + Send + Sync>,
}

/// What `index.html` gets injected about pilets.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Injection {
    /// The local feed `/$pilet-api` (pilet debugging, run-emulator).
    LocalFeed,
    /// Another feed, with the shell's own feed switched off (`piral debug --feed`).
    Feed(String),
    /// Nothing: the shell loads its own feed.
    Nothing,
}

/// How to serve.
pub(crate) struct DevServerOptions {
    pub(crate) host: String,
    pub(crate) port: u16,
    pub(crate) strict_port: bool,
    /// The shell's files on disk (an emulator's `app/`), used when `shell` is `None`.
    pub(crate) app_dir: PathBuf,
    /// The shell built and watched by the server itself.
    pub(crate) shell: Option<ShellSource>,
    /// Where the app is served (`/`, `/app/`); the feed is `<public url>$pilet-api`.
    pub(crate) public_url: String,
    /// What the page is told about pilets.
    pub(crate) injection: Injection,
    /// Remote feeds whose pilets `/$pilet-api` lists after the local ones (`--feed`).
    pub(crate) feeds: Vec<String>,
    pub(crate) pilets: Vec<PiletSource>,
    /// How long the watcher waits for more changes before it rebuilds.
    pub(crate) debounce: Duration,
}

/// What the server reports to the command that runs it.
pub(crate) trait Reporter: Send + Sync {
    fn serving(&self, url: &str);
    fn port_changed(&self, wanted: u16, got: u16);
    fn rebuilt(&self, name: &str, elapsed: Duration);
    fn failed(&self, error: &anyhow::Error);
}

#[derive(Clone, Debug)]
enum Event {
    Pilet(usize),
    Error(String),
    Recovered,
    Reload,
}

struct Slot {
    build: BuiltPilet,
    updated: u128,
}

struct State {
    slots: RwLock<Vec<Slot>>,
    app_dir: PathBuf,
    app_files: RwLock<Option<BTreeMap<String, Vec<u8>>>>,
    /// The public URL without its trailing slash (`""` for `/`).
    prefix: String,
    injection: Injection,
    feeds: Vec<String>,
    client: reqwest::Client,
    events: broadcast::Sender<Event>,
    last_error: RwLock<Option<String>>,
    allowed_host: String,
}

const API: &str = "/$pilet-api";
const EVENTS: &str = "/$events";

fn now_ms() -> u128 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_millis())
}

/// Builds every pilet, then serves until Ctrl-C or SIGTERM.
pub(crate) fn serve(options: DevServerOptions, reporter: &dyn Reporter) -> anyhow::Result<()> {
    let mut slots = Vec::new();
    for pilet in &options.pilets {
        slots.push(Slot {
            build: (pilet.build)()?,
            updated: now_ms(),
        });
    }
    let (events, _) = broadcast::channel(64);
    let state = Arc::new(State {
        slots: RwLock::new(slots),
        app_dir: options.app_dir.clone(),
        app_files: RwLock::new(match &options.shell {
            Some(shell) => Some((shell.build)()?),
            None => None,
        }),
        prefix: options.public_url.trim_end_matches('/').to_string(),
        injection: options.injection.clone(),
        feeds: options.feeds.clone(),
        client: reqwest::Client::builder()
            .timeout(Duration::from_secs(10))
            .build()?,
        events,
        last_error: RwLock::new(None),
        allowed_host: options.host.clone(),
    });
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()?;
    let listener = runtime.block_on(bind(&options.host, options.port, options.strict_port))?;
    let address = listener.local_addr()?;
    if address.port() != options.port && options.port != 0 {
        reporter.port_changed(options.port, address.port());
    }
    let shown_host = if options.host == "127.0.0.1" || options.host == "0.0.0.0" {
        "localhost".to_string()
    } else {
        options.host.clone()
    };
    reporter.serving(&format!(
        "http://{shown_host}:{}{}",
        address.port(),
        options.public_url
    ));

    std::thread::scope(|scope| -> anyhow::Result<()> {
        let (stop_tx, stop_rx) = std::sync::mpsc::channel::<()>();
        let stop_rx = Arc::new(std::sync::Mutex::new(stop_rx));
        for (index, pilet) in options.pilets.iter().enumerate() {
            let (state, stop_rx) = (state.clone(), stop_rx.clone());
            let debounce = options.debounce;
            scope.spawn(move || {
                watch_folder(&pilet.root, debounce, &stop_rx, &|| {
                    rebuild_pilet(index, pilet, &state, reporter)
                });
            });
        }
        if let Some(shell) = &options.shell {
            let (state, stop_rx) = (state.clone(), stop_rx.clone());
            let debounce = options.debounce;
            scope.spawn(move || {
                watch_folder(&shell.root, debounce, &stop_rx, &|| {
                    rebuild_shell(shell, &state, reporter)
                })
            });
        }
        let result = runtime.block_on(accept_loop(listener, state.clone()));
        drop(stop_tx);
        result
    })
}

async fn bind(host: &str, port: u16, strict: bool) -> anyhow::Result<tokio::net::TcpListener> {
    use crate::errors::{Code, CodedError};
    let attempts = if strict || port == 0 { 1 } else { 100 };
    for offset in 0..attempts {
        let candidate = port.saturating_add(offset);
        match tokio::net::TcpListener::bind((host, candidate)).await {
            Ok(listener) => return Ok(listener),
            Err(error) if error.kind() == std::io::ErrorKind::AddrInUse => continue,
            Err(error) => {
                return Err(CodedError::new(
                    Code::PortNotFree,
                    format!("cannot listen on {host}:{candidate}: {error}"),
                )
                .into());
            }
        }
    }
    Err(CodedError::new(Code::PortNotFree, format!("the port {port} is not free"))
        .with_hint("choose another with `--port`, or leave out `--strict-port` to take the next free one")
        .into())
}

async fn accept_loop(listener: tokio::net::TcpListener, state: Arc<State>) -> anyhow::Result<()> {
    let shutdown = shutdown_signal();
    tokio::pin!(shutdown);
    loop {
        tokio::select! {
            () = &mut shutdown => return Ok(()),
            accepted = listener.accept() => {
                let Ok((stream, _)) = accepted else { continue };
                let state = state.clone();
                tokio::spawn(async move {
                    let io = hyper_util::rt::TokioIo::new(stream);
                    let service = hyper::service::service_fn(move |request| handle(request, state.clone()));
                    let _ = hyper::server::conn::http1::Builder::new().serve_connection(io, service).with_upgrades().await;
                });
            }
        }
    }
}

async fn shutdown_signal() {
    let ctrl_c = tokio::signal::ctrl_c();
    let mut terminate =
        tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()).ok();
    tokio::select! {
        _ = ctrl_c => {},
        () = async { match terminate.as_mut() { Some(signal) => { signal.recv().await; } None => std::future::pending::<()>().await } } => {},
    }
}

fn response(
    status: StatusCode,
    content_type: &str,
    body: impl Into<Bytes>,
) -> Response<Full<Bytes>> {
    Response::builder()
        .status(status)
        .header("content-type", content_type)
        .header("cache-control", "no-cache, no-store, must-revalidate")
        .header("pragma", "no-cache")
        .header("expires", "0")
        .header("x-content-type-options", "nosniff")
        .body(Full::new(body.into()))
        .expect("static headers are valid")
}

/// Whether a `Host` header names this server: loopback, or the host it was told to bind.
fn host_allowed(host: &str, allowed: &str) -> bool {
    let name = if host.starts_with('[') {
        host.split(']')
            .next()
            .map(|h| format!("{h}]"))
            .unwrap_or_default()
    } else {
        host.rsplit_once(':')
            .map_or(host, |(name, _)| name)
            .to_string()
    };
    let name = name.to_ascii_lowercase();
    matches!(name.as_str(), "localhost" | "127.0.0.1" | "[::1]")
        || name.ends_with(".localhost")
        || (allowed != "0.0.0.0" && name == allowed)
}

async fn handle(
    mut request: Request<Incoming>,
    state: Arc<State>,
) -> Result<Response<Full<Bytes>>, Infallible> {
    let host = request
        .headers()
        .get("host")
        .and_then(|h| h.to_str().ok())
        .unwrap_or("")
        .to_string();
    if !host_allowed(&host, &state.allowed_host) {
        return Ok(response(
            StatusCode::FORBIDDEN,
            "text/plain",
            "Invalid Host header",
        ));
    }
    let origin = format!("http://{host}");
    // Everything lives under the public URL; `base` is where the feed and pilets are.
    let Some(path) = request
        .uri()
        .path()
        .strip_prefix(state.prefix.as_str())
        .map(|p| {
            if p.is_empty() {
                "/".to_string()
            } else {
                p.to_string()
            }
        })
    else {
        return Ok(response(StatusCode::NOT_FOUND, "text/plain", "Not found"));
    };
    let base = format!("{origin}{}", state.prefix);
    if path == API || path == EVENTS {
        if hyper_tungstenite::is_upgrade_request(&request) {
            let origin_header = request
                .headers()
                .get("origin")
                .and_then(|o| o.to_str().ok())
                .map(String::from);
            if origin_header.is_some_and(|o| o != origin) {
                return Ok(response(
                    StatusCode::FORBIDDEN,
                    "text/plain",
                    "Invalid Origin",
                ));
            }
            let Ok((reply, websocket)) = hyper_tungstenite::upgrade(&mut request, None) else {
                return Ok(response(
                    StatusCode::BAD_REQUEST,
                    "text/plain",
                    "Bad WebSocket request",
                ));
            };
            let events = path == EVENTS;
            tokio::spawn(push(websocket, state.clone(), base, events));
            return Ok(reply);
        }
        if path == API {
            let mut items = feed(&state, &base);
            merge_remote(&state, request.headers(), &mut items).await;
            return Ok(response(
                StatusCode::OK,
                "application/json",
                Value::Array(items).to_string(),
            ));
        }
    }
    if request.method() != hyper::Method::GET && request.method() != hyper::Method::HEAD {
        return Ok(response(
            StatusCode::METHOD_NOT_ALLOWED,
            "text/plain",
            "Method not allowed",
        ));
    }
    let Ok(relative) = paths::relative_path(&path) else {
        return Ok(response(StatusCode::FORBIDDEN, "text/plain", "Forbidden"));
    };
    if let Some(rest) = relative.strip_prefix("$pilet-api/") {
        return Ok(pilet_file(&state, rest));
    }
    // A shell built in memory (`piral debug`) serves from there.
    let in_memory = state
        .app_files
        .read()
        .expect("never poisoned")
        .as_ref()
        .map(|files| {
            files
                .get(&relative)
                .filter(|_| relative != "index.html")
                .cloned()
        });
    match in_memory {
        Some(Some(bytes)) => {
            return Ok(response(
                StatusCode::OK,
                content_type(Path::new(&relative)),
                bytes,
            ));
        }
        Some(None) => return Ok(index_html(&state, &base).await),
        None => {}
    }
    match paths::confined_file(&state.app_dir, &relative) {
        Err(_) => Ok(response(StatusCode::FORBIDDEN, "text/plain", "Forbidden")),
        Ok(Some(file)) if !file.ends_with("index.html") => {
            let bytes = tokio::fs::read(&file).await.unwrap_or_default();
            Ok(response(StatusCode::OK, content_type(&file), bytes))
        }
        // Everything else is the app: index.html with the feed injected (SPA fallback).
        _ => Ok(index_html(&state, &base).await),
    }
}

pub(crate) fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "json" | "map" => "application/json",
        "txt" | "md" => "text/plain; charset=utf-8",
        "wasm" => "application/wasm",
        "xml" => "application/xml",
        "ttf" => "font/ttf",
        "otf" => "font/otf",
        "avif" => "image/avif",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "webp" => "image/webp",
        "woff" => "font/woff",
        "woff2" => "font/woff2",
        "ico" => "image/x-icon",
        _ => "application/octet-stream",
    }
}

/// The overlay that shows a failed rebuild in the page, fed by `/$events`.
/// The overlay script for a server under `prefix`.
fn overlay(prefix: &str) -> String {
    OVERLAY.replace("\"/$events\"", &format!("\"{prefix}/$events\""))
}

const OVERLAY: &str = r#"<script>/* piral debug overlay */(function(){var u=location.origin.replace(/^http/,"ws")+"/$events",el=null;function show(m){if(!el){el=document.createElement("pre");el.id="piral-error-overlay";el.style.cssText="position:fixed;z-index:2147483647;left:0;right:0;bottom:0;max-height:50vh;overflow:auto;margin:0;padding:1em;background:#2b0b0b;color:#ffb4b4;font:13px/1.4 monospace;white-space:pre-wrap";document.body.appendChild(el);}el.textContent=m;}function hide(){if(el){el.remove();el=null;}}function connect(){var ws=new WebSocket(u);ws.onmessage=function(e){var d=JSON.parse(e.data);if(d.type==="error")show(d.message);else if(d.type==="reload")location.reload();else hide();};ws.onclose=function(){setTimeout(connect,1000);};}connect();})();</script>"#;

async fn index_html(state: &State, origin: &str) -> Response<Full<Bytes>> {
    let in_memory = state
        .app_files
        .read()
        .expect("never poisoned")
        .as_ref()
        .and_then(|files| {
            files
                .get("index.html")
                .map(|b| String::from_utf8_lossy(b).into_owned())
        });
    let html = match in_memory {
        Some(html) => html,
        None => match tokio::fs::read_to_string(state.app_dir.join("index.html")).await {
            Ok(html) => html,
            Err(_) => {
                return response(
                    StatusCode::NOT_FOUND,
                    "text/plain",
                    "The app shell has no index.html",
                );
            }
        },
    };
    let feed = match &state.injection {
        Injection::LocalFeed => Some(format!("window['dbg:pilet-api'] = '{origin}{API}';")),
        Injection::Feed(url) => Some(format!(
            "window['dbg:pilet-api'] = {}; window['dbg:load-pilets'] = 'off';",
            Value::from(url.as_str())
        )),
        Injection::Nothing => None,
    };
    let injection = match feed {
        Some(feed) => format!(
            "<script>/* Pilet Debugging Emulator Config Injection */{feed}</script>{}",
            overlay(&state.prefix)
        ),
        None => overlay(&state.prefix),
    };
    let html = match html.find("<script") {
        Some(at) => format!("{}{injection}{}", &html[..at], &html[at..]),
        None => html.replace("</body>", &format!("{injection}</body>")),
    };
    response(StatusCode::OK, "text/html; charset=utf-8", html)
}

/// One pilet's feed item, as `piral-debug-utils` expects it (spec §9.2).
fn item(slot: &Slot, index: usize, origin: &str) -> Value {
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
    if spec == "v0" {
        // piral-base loads a v0 item only with a `hash`, and takes any item with a
        // `requireRef` key for v1.
        item.insert("spec".into(), spec);
        item.insert("hash".into(), Value::from(slot.updated.to_string()));
    } else {
        item.insert("spec".into(), spec);
        item.insert(
            "requireRef".into(),
            slot.build
                .meta
                .get("requireRef")
                .cloned()
                .unwrap_or(Value::Null),
        );
    }
    let dependencies =
        crate::manifest::importmap::dependency_urls(slot.build.meta.get("dependencies"), &base);
    item.insert("dependencies".into(), Value::Object(dependencies));
    Value::Object(item)
}

fn feed(state: &State, origin: &str) -> Vec<Value> {
    let slots = state
        .slots
        .read()
        .expect("the slots lock is never poisoned");
    slots
        .iter()
        .enumerate()
        .map(|(index, slot)| item(slot, index, origin))
        .collect()
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
async fn merge_remote(state: &State, headers: &hyper::HeaderMap, items: &mut Vec<Value>) {
    for url in &state.feeds {
        let mut request = state.client.get(url);
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

fn pilet_file(state: &State, rest: &str) -> Response<Full<Bytes>> {
    let Some((index, file)) = rest.split_once('/') else {
        return response(StatusCode::NOT_FOUND, "text/plain", "Not found");
    };
    let slots = state
        .slots
        .read()
        .expect("the slots lock is never poisoned");
    let Some(slot) = index.parse::<usize>().ok().and_then(|i| slots.get(i)) else {
        return response(StatusCode::NOT_FOUND, "text/plain", "Not found");
    };
    match slot.build.files.get(file) {
        Some(bytes) => response(StatusCode::OK, content_type(Path::new(file)), bytes.clone()),
        None => response(StatusCode::NOT_FOUND, "text/plain", "Not found"),
    }
}

async fn push(
    websocket: hyper_tungstenite::HyperWebsocket,
    state: Arc<State>,
    origin: String,
    overlay: bool,
) {
    use hyper_tungstenite::tungstenite::Message;
    let Ok(mut websocket) = websocket.await else {
        return;
    };
    let mut events = state.events.subscribe();
    if overlay {
        let current = state.last_error.read().expect("never poisoned").clone();
        if let Some(message) = current {
            let _ = websocket
                .send(Message::text(
                    json!({ "type": "error", "message": message }).to_string(),
                ))
                .await;
        }
    }
    loop {
        let event = match events.recv().await {
            Ok(event) => event,
            Err(broadcast::error::RecvError::Lagged(_)) => continue,
            Err(broadcast::error::RecvError::Closed) => return,
        };
        let text = match (&event, overlay) {
            (Event::Pilet(index), false) => {
                let slots = state.slots.read().expect("never poisoned");
                slots
                    .get(*index)
                    .map(|slot| item(slot, *index, &origin).to_string())
            }
            (Event::Error(message), true) => {
                Some(json!({ "type": "error", "message": message }).to_string())
            }
            (Event::Recovered, true) => Some(json!({ "type": "ok" }).to_string()),
            (Event::Reload, true) => Some(json!({ "type": "reload" }).to_string()),
            _ => None,
        };
        if let Some(text) = text
            && websocket.send(Message::text(text)).await.is_err()
        {
            return;
        }
    }
}

/// Watches `root` and calls `rebuild` when a file's content changed (saving a file unchanged
/// or touching it triggers nothing). Returns when `stop` is disconnected.
fn watch_folder(
    root: &Path,
    debounce: Duration,
    stop: &std::sync::Mutex<std::sync::mpsc::Receiver<()>>,
    rebuild: &dyn Fn(),
) {
    use notify::{RecursiveMode, Watcher as _};
    let (tx, rx) = std::sync::mpsc::channel();
    let Ok(mut watcher) =
        notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
            // Reads (including the bundler's own) are no changes.
            if let Ok(event) = event.map_err(drop).and_then(|e| {
                if matches!(e.kind, notify::EventKind::Access(_)) {
                    Err(())
                } else {
                    Ok(e)
                }
            }) {
                let _ = tx.send(event.paths);
            }
        })
    else {
        return;
    };
    if watcher.watch(root, RecursiveMode::Recursive).is_err() {
        return;
    }
    let stopped = || {
        stop.lock()
            .map(|r| {
                matches!(
                    r.try_recv(),
                    Err(std::sync::mpsc::TryRecvError::Disconnected)
                )
            })
            .unwrap_or(true)
    };
    let mut hashes: BTreeMap<PathBuf, String> = BTreeMap::new();
    while !stopped() {
        let Ok(first) = rx.recv_timeout(Duration::from_millis(200)) else {
            continue;
        };
        let mut changed: Vec<PathBuf> = first;
        // Debounce: collect what else arrives shortly after.
        let deadline = std::time::Instant::now() + debounce;
        while let Ok(more) =
            rx.recv_timeout(deadline.saturating_duration_since(std::time::Instant::now()))
        {
            changed.extend(more);
        }
        changed.retain(|path| relevant(root, path));
        changed.sort();
        changed.dedup();
        let mut any = false;
        for path in changed {
            let hash = fs_err::read(&path)
                .map(|bytes| crate::bundler::content_hash(&bytes))
                .unwrap_or_default();
            if hashes.get(&path) != Some(&hash) {
                any = true;
                hashes.insert(path, hash);
            }
        }
        if any {
            rebuild();
        }
    }
}

/// Rebuilds pilet `index`; swaps the result in only when it succeeded.
fn rebuild_pilet(index: usize, pilet: &PiletSource, state: &State, reporter: &dyn Reporter) {
    let started = std::time::Instant::now();
    match (pilet.build)() {
        Ok(build) => {
            let name = build
                .meta
                .get("name")
                .and_then(Value::as_str)
                .unwrap_or("pilet")
                .to_string();
            state.slots.write().expect("never poisoned")[index] = Slot {
                build,
                updated: now_ms(),
            };
            if state
                .last_error
                .write()
                .expect("never poisoned")
                .take()
                .is_some()
            {
                let _ = state.events.send(Event::Recovered);
            }
            let _ = state.events.send(Event::Pilet(index));
            reporter.rebuilt(&name, started.elapsed());
        }
        Err(error) => failed(state, reporter, &error),
    }
}

/// Rebuilds the shell; the page reloads itself when it succeeded.
fn rebuild_shell(shell: &ShellSource, state: &State, reporter: &dyn Reporter) {
    let started = std::time::Instant::now();
    match (shell.build)() {
        Ok(files) => {
            *state.app_files.write().expect("never poisoned") = Some(files);
            state.last_error.write().expect("never poisoned").take();
            let _ = state.events.send(Event::Reload);
            reporter.rebuilt("app shell", started.elapsed());
        }
        Err(error) => failed(state, reporter, &error),
    }
}

fn failed(state: &State, reporter: &dyn Reporter, error: &anyhow::Error) {
    reporter.failed(error);
    let message = format!("{error:#}");
    *state.last_error.write().expect("never poisoned") = Some(message.clone());
    let _ = state.events.send(Event::Error(message));
}

/// Changes that matter: files of the pilet, not its output, packages or VCS data.
fn relevant(root: &Path, path: &Path) -> bool {
    let Ok(relative) = path.strip_prefix(root) else {
        return false;
    };
    !relative.components().any(|c| {
        matches!(
            c.as_os_str().to_str(),
            Some("node_modules" | "dist" | ".git")
        )
    }) && path.is_file()
}

#[cfg(test)]
mod tests {
    use super::host_allowed;

    #[test]
    fn hosts() {
        assert!(host_allowed("localhost:1234", "127.0.0.1"));
        assert!(host_allowed("127.0.0.1:1234", "127.0.0.1"));
        assert!(host_allowed("[::1]:1234", "127.0.0.1"));
        assert!(host_allowed("app.localhost:1234", "127.0.0.1"));
        assert!(!host_allowed("evil.example:1234", "127.0.0.1"));
        assert!(!host_allowed("127.0.0.1.evil.example", "127.0.0.1"));
        assert!(host_allowed("my-box:1234", "my-box"));
        assert!(!host_allowed("anything:1234", "0.0.0.0"));
    }
}
