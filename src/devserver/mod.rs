//! The debug server of `pilet debug`: the shell's files, the local feed `/$pilet-api` that
//! `piral-debug-utils` reads, a WebSocket on the same path that announces each rebuilt pilet,
//! and a second one (`/$events`) that drives the error overlay.
//!
//! One tokio runtime serves HTTP (hyper 1); one watcher thread per pilet rebuilds on changes
//! (notify, debounced, content-hash filtered) and swaps the new build in only when it
//! succeeded. Everything binds 127.0.0.1 unless told otherwise; requests with a foreign `Host`
//! (DNS rebinding) and WebSockets from a foreign `Origin` are refused; no CORS headers.
//!
//! This module is the public face ([`serve`], [`DevServerOptions`], [`Reporter`]) and the
//! listening socket. The parts: `router` (HTTP), `paths` (request paths to files), `watcher`
//! (notify, debounce, filters), `coordinator` (the builders and the latest good builds),
//! `feed` (the local feed's items) and `reload` (the WebSockets and the overlay script).

mod coordinator;
mod feed;
pub(crate) mod mocks;
pub(crate) mod paths;
mod proxy;
mod reload;
mod router;
mod watcher;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use serde_json::{Map, Value};

use crate::bundler::BundleDiagnostic;

use coordinator::Coordinator;
use router::Routes;
pub(crate) use router::content_type;

/// The output of one successful pilet build, held in memory and served from there.
#[derive(Clone, Debug)]
pub(crate) struct BuiltPilet {
    pub(crate) files: BTreeMap<String, Vec<u8>>,
    /// The main file's name (`index.js`).
    pub(crate) main: String,
    /// `name`, `version`, `spec`, `requireRef`, `dependencies` (refs relative to the pilet),
    /// `custom`, `config`: what the feed lists besides `link`.
    pub(crate) meta: Map<String, Value>,
    /// What the bundler warned about (reported after each build).
    pub(crate) warnings: Vec<BundleDiagnostic>,
    /// Every file the build read: the watcher rebuilds when one of them changes.
    pub(crate) read: BTreeSet<PathBuf>,
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
    pub(crate) build: ShellBuilder,
}

/// Builds the shell's files; called at start and after each change.
pub(crate) type ShellBuilder = Box<dyn Fn() -> anyhow::Result<BuiltShell> + Send + Sync>;

/// A shell built by the server: its files by path, and the bundler's warnings.
pub(crate) struct BuiltShell {
    pub(crate) files: BTreeMap<String, Vec<u8>>,
    pub(crate) warnings: Vec<BundleDiagnostic>,
    /// Every file the build read: the watcher rebuilds when one of them changes.
    pub(crate) read: BTreeSet<PathBuf>,
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
    /// The mock injectors and proxied targets (`.krasrc`, `--proxy`, `<src>/mocks`).
    pub(crate) mocks: mocks::MockConfig,
    /// Where the mock scripts run (the project's folder).
    pub(crate) mock_cwd: PathBuf,
}

/// What the server reports to the command that runs it.
pub(crate) trait Reporter: Send + Sync {
    fn serving(&self, url: &str);
    fn port_changed(&self, wanted: u16, got: u16);
    fn rebuilt(&self, name: &str, elapsed: Duration);
    fn failed(&self, error: &anyhow::Error);
    /// The watcher of `root` handled a batch of `files` changed files, with `outcome`.
    fn watched(&self, root: &Path, files: usize, outcome: WatchOutcome);
    /// A build succeeded with a warning from the bundler (`[0177]` …).
    fn warned(&self, warning: &BundleDiagnostic);
    /// The mock injectors or the proxy have something to say.
    fn mock(&self, notice: &mocks::MockNotice);
}

/// What came of a batch of changed files.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum WatchOutcome {
    /// Some content the build read changed: rebuilt.
    Rebuilt,
    /// Files the build read were saved or touched without a change: nothing rebuilt.
    Unchanged,
    /// None of the files is read by the build (logs, swap files, `.git`, …): nothing rebuilt.
    NotRead,
}

pub(crate) use watcher::Watched;

/// Watches `root` as the debug server does (see `watcher`), calling `rebuild` after each change
/// that matters, until Ctrl-C or SIGTERM: `pilet build --watch`, `piral build --watch`.
pub(crate) fn watch_until_stopped(
    root: &Path,
    debounce: Duration,
    initial: Watched,
    ready: &(dyn Fn() + Sync),
    report: &(dyn Fn(usize, WatchOutcome) + Sync),
    rebuild: &(dyn Fn() -> Watched + Sync),
) -> anyhow::Result<()> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    std::thread::scope(|scope| {
        let (stop_tx, stop_rx) = std::sync::mpsc::channel::<()>();
        let stop_rx = std::sync::Mutex::new(stop_rx);
        scope.spawn(move || {
            watcher::watch_folder(root, debounce, &stop_rx, initial, ready, report, rebuild);
        });
        runtime.block_on(shutdown_signal());
        drop(stop_tx);
    });
    Ok(())
}

const API: &str = "/$pilet-api";
const EVENTS: &str = "/$events";

/// Builds every pilet, then serves until Ctrl-C or SIGTERM.
pub(crate) fn serve(options: DevServerOptions, reporter: &dyn Reporter) -> anyhow::Result<()> {
    let DevServerOptions {
        host,
        port,
        strict_port,
        app_dir,
        shell,
        public_url,
        injection,
        feeds,
        pilets,
        debounce,
        mocks,
        mock_cwd,
    } = options;
    let (pilet_roots, builders): (Vec<PathBuf>, Vec<Builder>) = pilets
        .into_iter()
        .map(|pilet| (pilet.root, pilet.build))
        .unzip();
    let (shell_root, shell_build) = shell.map(|shell| (shell.root, shell.build)).unzip();
    let coordinator = Arc::new(Coordinator::start(builders, shell_build, reporter)?);
    let (notices, notices_rx) = std::sync::mpsc::channel();
    let routes = Arc::new(Routes {
        mocks: mocks::Mocks::new(mocks, &mock_cwd, notices.clone()),
        proxy_client: proxy::client()?,
        tunnel_client: proxy::tunnel_client()?,
        notices,
        coordinator: coordinator.clone(),
        app_dir,
        prefix: public_url.trim_end_matches('/').to_string(),
        injection,
        feeds,
        client: reqwest::Client::builder()
            .timeout(Duration::from_secs(10))
            .build()?,
        allowed_host: host.clone(),
    });
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()?;
    let listener = runtime.block_on(bind(&host, port, strict_port))?;
    let address = listener.local_addr()?;
    if address.port() != port && port != 0 {
        reporter.port_changed(port, address.port());
    }
    let shown_host = if host == "127.0.0.1" || host == "0.0.0.0" {
        "localhost".to_string()
    } else {
        host.clone()
    };
    let url = format!("http://{shown_host}:{}{public_url}", address.port());

    let stopped = std::sync::atomic::AtomicBool::new(false);
    std::thread::scope(|scope| -> anyhow::Result<()> {
        let (stop_tx, stop_rx) = std::sync::mpsc::channel::<()>();
        let stop_rx = Arc::new(std::sync::Mutex::new(stop_rx));
        let stopped = &stopped;
        scope.spawn(move || {
            // The mock injectors and the proxy speak from the server's tasks; this thread
            // puts what they say on the terminal.
            while !stopped.load(std::sync::atomic::Ordering::SeqCst) {
                if let Ok(notice) = notices_rx.recv_timeout(Duration::from_millis(100)) {
                    reporter.mock(&notice);
                }
            }
        });
        // The server answers once every watcher runs: an edit right after the first answer
        // is never missed (the listening socket queues connections until then).
        let (ready_tx, ready_rx) = std::sync::mpsc::channel::<()>();
        for (index, root) in pilet_roots.iter().enumerate() {
            let (coordinator, stop_rx) = (coordinator.clone(), stop_rx.clone());
            let ready_tx = ready_tx.clone();
            scope.spawn(move || {
                watcher::watch_folder(
                    root,
                    debounce,
                    &stop_rx,
                    coordinator.watched_pilet(index, false),
                    &|| {
                        let _ = ready_tx.send(());
                    },
                    &|files, outcome| reporter.watched(root, files, outcome),
                    &|| coordinator.rebuild_pilet(index, reporter),
                );
            });
        }
        if let Some(root) = &shell_root {
            let (coordinator, stop_rx) = (coordinator.clone(), stop_rx.clone());
            let ready_tx = ready_tx.clone();
            scope.spawn(move || {
                watcher::watch_folder(
                    root,
                    debounce,
                    &stop_rx,
                    coordinator.watched_shell(false),
                    &|| {
                        let _ = ready_tx.send(());
                    },
                    &|files, outcome| reporter.watched(root, files, outcome),
                    &|| coordinator.rebuild_shell(reporter),
                );
            });
        }
        drop(ready_tx);
        let watchers = pilet_roots.len() + usize::from(shell_root.is_some());
        for _ in 0..watchers {
            if ready_rx.recv_timeout(Duration::from_secs(30)).is_err() {
                break;
            }
        }
        reporter.serving(&url);
        let result = runtime.block_on(accept_loop(listener, routes));
        drop(stop_tx);
        stopped.store(true, std::sync::atomic::Ordering::SeqCst);
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

async fn accept_loop(listener: tokio::net::TcpListener, routes: Arc<Routes>) -> anyhow::Result<()> {
    let shutdown = shutdown_signal();
    tokio::pin!(shutdown);
    loop {
        tokio::select! {
            () = &mut shutdown => return Ok(()),
            accepted = listener.accept() => {
                let Ok((stream, _)) = accepted else { continue };
                let routes = routes.clone();
                tokio::spawn(async move {
                    let io = hyper_util::rt::TokioIo::new(stream);
                    let service = hyper::service::service_fn(move |request| router::handle(request, routes.clone()));
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
