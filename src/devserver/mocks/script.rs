//! The script injectors run in one Node process per server (`host.js`): they `require` the
//! project's own packages and see its environment. The server talks to it over a Unix socket
//! in a temporary folder, one JSON object per line each way, so what the scripts print goes
//! to the terminal and never into the protocol. A process that dies is started again on the
//! next request; a reload (a mock file changed) starts a fresh one.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use base64::Engine as _;
use bytes::Bytes;
use serde_json::{Value, json};
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::unix::OwnedWriteHalf;
use tokio::sync::{Mutex, oneshot};

use super::{MockNotice, MockRequest, MockResponse};

const HOST: &str = include_str!("host.js");

type Pending = Arc<std::sync::Mutex<HashMap<u64, oneshot::Sender<Value>>>>;

/// A running host process.
pub(crate) struct Host {
    writer: Mutex<OwnedWriteHalf>,
    pending: Pending,
    next: AtomicU64,
    alive: Arc<std::sync::atomic::AtomicBool>,
    /// How many scripts loaded.
    pub(crate) scripts: usize,
    _child: tokio::process::Child,
    _folder: tempfile::TempDir,
}

/// What a script answered.
pub(crate) enum Outcome {
    Answered(MockResponse),
    /// No script answered: the next injector.
    Passed,
    /// A script threw (or its promise was rejected): `file`, the error.
    Failed(String, String),
}

impl Host {
    /// Starts Node with the host script for `folders`; its warnings go to `notices`.
    pub(crate) async fn start(
        folders: &[PathBuf],
        cwd: &std::path::Path,
        notices: std::sync::mpsc::Sender<MockNotice>,
    ) -> anyhow::Result<Host> {
        let folder = tempfile::Builder::new().prefix("piral-mocks").tempdir()?;
        let script = folder.path().join("host.js");
        fs_err::write(&script, HOST)?;
        let socket = folder.path().join("host.sock");
        let listener = tokio::net::UnixListener::bind(&socket)?;
        // What the scripts print goes to the terminal's standard error: standard output may be
        // a `--json` report.
        let stderr = std::io::stderr();
        let stdout = std::os::fd::AsFd::as_fd(&stderr).try_clone_to_owned()?;
        let child = tokio::process::Command::new("node")
            .arg(&script)
            .arg(&socket)
            .arg(serde_json::to_string(folders)?)
            .current_dir(cwd)
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::from(stdout))
            .kill_on_drop(true)
            .spawn()
            .map_err(|error| anyhow::anyhow!("cannot start node for the mock scripts: {error}"))?;
        let (stream, _) = tokio::time::timeout(Duration::from_secs(20), listener.accept())
            .await
            .map_err(|_| anyhow::anyhow!("the mock scripts' node process did not start"))??;
        let (reader, writer) = stream.into_split();
        let pending: Pending = Arc::default();
        let alive = Arc::new(std::sync::atomic::AtomicBool::new(true));
        let (ready_tx, ready_rx) = oneshot::channel::<usize>();
        {
            let (pending, alive) = (pending.clone(), alive.clone());
            tokio::spawn(async move {
                let mut ready = Some(ready_tx);
                let mut lines = BufReader::new(reader).lines();
                while let Ok(Some(line)) = lines.next_line().await {
                    let Ok(message) = serde_json::from_str::<Value>(&line) else {
                        continue;
                    };
                    if let Some(count) = message.get("ready").and_then(Value::as_u64) {
                        if let Some(ready) = ready.take() {
                            let _ = ready.send(count as usize);
                        }
                    } else if let Some(warning) = message.get("warning") {
                        let _ = notices.send(MockNotice::Warning {
                            file: warning["file"].as_str().unwrap_or("").to_string(),
                            message: warning["message"].as_str().unwrap_or("").to_string(),
                        });
                    } else if let Some(id) = message.get("id").and_then(Value::as_u64) {
                        let waiting = pending.lock().expect("never poisoned").remove(&id);
                        if let Some(waiting) = waiting {
                            let _ = waiting.send(message);
                        }
                    }
                }
                alive.store(false, Ordering::SeqCst);
                // Whoever still waits hears that the process is gone.
                pending.lock().expect("never poisoned").clear();
            });
        }
        let scripts = tokio::time::timeout(Duration::from_secs(20), ready_rx)
            .await
            .map_err(|_| anyhow::anyhow!("the mock scripts did not load in 20 s"))?
            .map_err(|_| anyhow::anyhow!("the mock scripts' node process ended while loading"))?;
        Ok(Host {
            writer: Mutex::new(writer),
            pending,
            next: AtomicU64::new(1),
            alive,
            scripts,
            _child: child,
            _folder: folder,
        })
    }

    /// Whether the process still runs.
    pub(crate) fn alive(&self) -> bool {
        self.alive.load(Ordering::SeqCst)
    }

    /// Asks the scripts for an answer to `request`.
    pub(crate) async fn ask(&self, request: &MockRequest) -> anyhow::Result<Outcome> {
        let id = self.next.fetch_add(1, Ordering::Relaxed);
        let (tx, rx) = oneshot::channel();
        self.pending.lock().expect("never poisoned").insert(id, tx);
        let message = json!({
            "id": id,
            "url": request.url,
            "target": request.target,
            "method": request.method,
            "query": request.query,
            "headers": request.headers,
            "content": String::from_utf8_lossy(&request.content),
            "contentBase64": base64::engine::general_purpose::STANDARD.encode(&request.content),
        });
        let mut line = message.to_string();
        line.push('\n');
        self.writer.lock().await.write_all(line.as_bytes()).await?;
        let reply = rx
            .await
            .map_err(|_| anyhow::anyhow!("the mock scripts' node process ended"))?;
        if let Some(error) = reply.get("error") {
            return Ok(Outcome::Failed(
                error["file"].as_str().unwrap_or("").to_string(),
                error["message"].as_str().unwrap_or("").to_string(),
            ));
        }
        let Some(response) = reply.get("response").filter(|r| !r.is_null()) else {
            return Ok(Outcome::Passed);
        };
        let headers = response["headers"]
            .as_object()
            .into_iter()
            .flatten()
            .flat_map(|(name, value)| match value {
                Value::Array(values) => values
                    .iter()
                    .filter_map(|v| Some((name.clone(), v.as_str()?.to_string())))
                    .collect::<Vec<_>>(),
                v => v
                    .as_str()
                    .map(|v| (name.clone(), v.to_string()))
                    .into_iter()
                    .collect(),
            })
            .collect();
        let body = match response["base64"].as_str() {
            Some(encoded) => {
                Bytes::from(base64::engine::general_purpose::STANDARD.decode(encoded)?)
            }
            None => Bytes::from(response["content"].as_str().unwrap_or("").to_string()),
        };
        Ok(Outcome::Answered(MockResponse {
            status: response["status"].as_u64().unwrap_or(200) as u16,
            headers,
            body,
            redirect: None,
        }))
    }
}
