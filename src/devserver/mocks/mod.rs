//! Mock injectors compatible with kras, as the old CLI runs them in front of its debug server:
//! script injectors (`*.js` answering `(ctx, req, res)`, run by Node), JSON injectors
//! (recorded request/response pairs) and HAR files, from the project's mock folders
//! (`<src>/mocks`) and what `.krasrc` says. They are tried in order before the server's own
//! routes; the first answer wins. The files are read again when one of them changes.

pub(crate) mod config;
mod files;
mod script;

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use bytes::Bytes;
use serde_json::{Map, Value};

use config::Kind;
pub(crate) use config::{MockConfig, MockSetup, Target};

/// A request as the injectors see it (kras' `KrasRequest`).
#[derive(Clone, Debug)]
pub(crate) struct MockRequest {
    pub(crate) method: String,
    /// The `map` prefix the request fell under (`""` for the app).
    pub(crate) target: String,
    /// The URL after the target, with its query.
    pub(crate) url: String,
    /// The query without `_` (a cache buster), repeated keys as arrays.
    pub(crate) query: Map<String, Value>,
    pub(crate) headers: Map<String, Value>,
    pub(crate) content: Bytes,
}

impl MockRequest {
    pub(crate) fn new(
        method: &str,
        target: &str,
        url: &str,
        headers: Vec<(String, String)>,
        content: Bytes,
    ) -> MockRequest {
        let query = url
            .split_once('?')
            .map(|(_, q)| parse_query(q))
            .unwrap_or_default();
        let mut header_map = Map::new();
        for (name, value) in headers {
            header_map.insert(name, Value::from(value));
        }
        MockRequest {
            method: method.to_string(),
            target: target.to_string(),
            url: url.to_string(),
            query,
            headers: header_map,
            content,
        }
    }
}

/// `a=1&b=x+y&a=2` as kras' query object, without `_`.
pub(crate) fn parse_query(query: &str) -> Map<String, Value> {
    let mut parsed = Map::new();
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        let decode = |s: &str| {
            let spaced = s.replace('+', " ");
            super::paths::percent_decode(&spaced).unwrap_or(spaced)
        };
        let (key, value) = (decode(key), Value::from(decode(value)));
        if key == "_" {
            continue;
        }
        match parsed.get_mut(&key) {
            Some(Value::Array(values)) => values.push(value),
            Some(existing) => *existing = Value::Array(vec![existing.take(), value]),
            None => {
                parsed.insert(key, value);
            }
        }
    }
    parsed
}

/// An injector's answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct MockResponse {
    pub(crate) status: u16,
    pub(crate) headers: Vec<(String, String)>,
    pub(crate) body: Bytes,
    /// A recorded redirect (`redirectUrl`, HAR `redirectURL`).
    pub(crate) redirect: Option<String>,
}

/// What the mock server tells the terminal.
#[derive(Debug)]
pub(crate) enum MockNotice {
    /// The mock files were (re)loaded: how many of each kind.
    Loaded { scripts: usize, recorded: usize },
    /// A mock file was skipped, or a script reported a problem while loading.
    Warning { file: String, message: String },
    /// A script threw while answering `url`: answered with 500.
    ScriptFailed {
        file: String,
        message: String,
        url: String,
    },
    /// A proxied request failed: answered with 502.
    ProxyFailed { url: String, message: String },
}

/// The loaded mock files.
#[derive(Default)]
struct Loaded {
    /// The generation of the files this was read from.
    generation: u64,
    /// Recorded answers per JSON or HAR injector (by index into the config's injectors).
    recorded: Vec<Arc<Vec<files::Recorded>>>,
    /// The script host, when any script injector has files and it started.
    host: Option<Arc<script::Host>>,
}

/// The mock files one request is answered from.
pub(crate) struct MockFiles<'m> {
    mocks: &'m Mocks,
    /// Recorded answers per JSON or HAR injector, in the order of the config's injectors.
    recorded: Vec<Arc<Vec<files::Recorded>>>,
    host: Option<Arc<script::Host>>,
}

impl MockFiles<'_> {
    /// The injectors' answer to `request`, if one has one.
    pub(crate) async fn answer(&self, request: &MockRequest) -> Option<MockResponse> {
        let notices = &self.mocks.notices;
        let mut recorded = self.recorded.iter();
        for injector in &self.mocks.config.injectors {
            match injector.kind {
                Kind::Script => {
                    let Some(host) = &self.host else { continue };
                    match host.ask(request).await {
                        Ok(script::Outcome::Answered(response)) => return Some(response),
                        Ok(script::Outcome::Passed) => {}
                        Ok(script::Outcome::Failed(file, message)) => {
                            let _ = notices.send(MockNotice::ScriptFailed {
                                file,
                                message: message.clone(),
                                url: format!("{}{}", request.target, request.url),
                            });
                            return Some(MockResponse {
                                status: 500,
                                headers: vec![("content-type".into(), "text/plain".into())],
                                body: Bytes::from(message),
                                redirect: None,
                            });
                        }
                        Err(error) => {
                            let _ = notices.send(MockNotice::Warning {
                                file: String::new(),
                                message: format!("{error:#}"),
                            });
                        }
                    }
                }
                Kind::Har | Kind::Json => {
                    let Some(entries) = recorded.next() else {
                        continue;
                    };
                    if let Some(response) = files::answer(entries, request) {
                        return Some(response);
                    }
                }
            }
        }
        None
    }
}

/// The mock injectors of one server.
pub(crate) struct Mocks {
    pub(crate) config: MockConfig,
    cwd: PathBuf,
    /// Bumped by the watcher of the mock folders; the files are read again when it moved.
    generation: Arc<AtomicU64>,
    loaded: tokio::sync::Mutex<Option<Loaded>>,
    notices: std::sync::mpsc::Sender<MockNotice>,
    _watcher: Option<notify::RecommendedWatcher>,
}

impl Mocks {
    /// The injectors of `config`, watching their folders; `cwd` is where the scripts run.
    pub(crate) fn new(
        config: MockConfig,
        cwd: &Path,
        notices: std::sync::mpsc::Sender<MockNotice>,
    ) -> Mocks {
        use notify::Watcher as _;
        let generation = Arc::new(AtomicU64::new(1));
        let directories: Vec<PathBuf> = config
            .directories()
            .into_iter()
            .filter(|d| d.is_dir())
            .collect();
        let watcher = if directories.is_empty() {
            None
        } else {
            let bump = generation.clone();
            notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
                if event.is_ok_and(|e| !e.kind.is_access()) {
                    bump.fetch_add(1, Ordering::SeqCst);
                }
            })
            .ok()
            .map(|mut watcher| {
                for directory in &directories {
                    let _ = watcher.watch(directory, notify::RecursiveMode::Recursive);
                }
                watcher
            })
        };
        Mocks {
            config,
            cwd: cwd.to_path_buf(),
            generation,
            loaded: tokio::sync::Mutex::new(None),
            notices,
            _watcher: watcher,
        }
    }

    /// The mock files as they are now, once per request; `None` when no injector has a file
    /// to answer from (then a proxied request body streams instead of being read first).
    pub(crate) async fn files(&self) -> Option<MockFiles<'_>> {
        if self.config.injectors.is_empty() {
            return None;
        }
        let (recorded, host) = self.current().await;
        (host.is_some() || recorded.iter().any(|entries| !entries.is_empty())).then_some(
            MockFiles {
                mocks: self,
                recorded,
                host,
            },
        )
    }

    /// The files as they are now: read again when the folders changed, the script host
    /// started again when it is not running.
    async fn current(&self) -> (Vec<Arc<Vec<files::Recorded>>>, Option<Arc<script::Host>>) {
        let generation = self.generation.load(Ordering::SeqCst);
        let mut loaded = self.loaded.lock().await;
        let stale = loaded.as_ref().is_none_or(|l| l.generation != generation);
        if stale {
            // The old host ends when its last request is answered.
            *loaded = Some(self.load(generation).await);
        } else if let Some(state) = loaded.as_mut()
            && state.host.as_ref().is_some_and(|h| !h.alive())
        {
            // The scripts' process died (a script called `process.exit`): start it again. One
            // that could not start is tried again only after the next change of a mock file.
            state.host = self.start_host().await;
        }
        let state = loaded.as_ref().expect("just loaded");
        (state.recorded.clone(), state.host.clone())
    }

    async fn load(&self, generation: u64) -> Loaded {
        let mut state = Loaded {
            generation,
            ..Loaded::default()
        };
        let mut count = 0;
        let mut scripts = false;
        for injector in &self.config.injectors {
            if injector.kind == Kind::Script {
                scripts |= !files::files_of(&injector.directories, Kind::Script).is_empty();
                continue;
            }
            let mut entries = Vec::new();
            for file in files::files_of(&injector.directories, injector.kind) {
                match files::read(injector.kind, &file) {
                    Ok(mut more) => entries.append(&mut more),
                    Err(message) => {
                        let _ = self.notices.send(MockNotice::Warning {
                            file: file.display().to_string(),
                            message,
                        });
                    }
                }
            }
            count += entries.len();
            state.recorded.push(Arc::new(entries));
        }
        if scripts {
            state.host = self.start_host().await;
        }
        let _ = self.notices.send(MockNotice::Loaded {
            scripts: state.host.as_ref().map_or(0, |h| h.scripts),
            recorded: count,
        });
        state
    }

    async fn start_host(&self) -> Option<Arc<script::Host>> {
        let mut folders: Vec<PathBuf> = self
            .config
            .injectors
            .iter()
            .filter(|i| i.kind == Kind::Script)
            .flat_map(|i| i.directories.iter().cloned())
            .collect();
        folders.dedup();
        match script::Host::start(&folders, &self.cwd, self.notices.clone()).await {
            Ok(host) => Some(Arc::new(host)),
            Err(error) => {
                let _ = self.notices.send(MockNotice::Warning {
                    file: String::new(),
                    message: format!("{error:#}"),
                });
                None
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn queries_parse_as_kras_reads_them() {
        let query = parse_query("a=1&b=x+y%21&a=2&_=99&flag");
        assert_eq!(
            Value::Object(query),
            serde_json::json!({ "a": ["1", "2"], "b": "x y!", "flag": "" })
        );
    }
}
