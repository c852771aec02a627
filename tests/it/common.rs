//! The test harness: a temporary folder with its own HOME, and commands that run the built
//! binaries in it with a clean environment.

use std::path::{Path, PathBuf};
use std::process::Output;

use assert_cmd::Command;

pub(crate) struct TestContext {
    pub(crate) dir: tempfile::TempDir,
    pub(crate) home: PathBuf,
}

impl TestContext {
    pub(crate) fn new() -> Self {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let home = dir.path().join("home");
        std::fs::create_dir_all(&home).unwrap();
        Self { dir, home }
    }

    pub(crate) fn path(&self) -> &Path {
        self.dir.path()
    }

    pub(crate) fn write(&self, relative: &str, content: impl AsRef<[u8]>) -> PathBuf {
        let path = self.path().join(relative);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, content).unwrap();
        path
    }

    pub(crate) fn read(&self, relative: &str) -> String {
        std::fs::read_to_string(self.path().join(relative))
            .unwrap_or_else(|e| panic!("cannot read {relative}: {e}"))
    }

    pub(crate) fn json(&self, relative: &str) -> serde_json::Value {
        serde_json::from_str(&self.read(relative)).unwrap()
    }

    /// A pilet scaffolded from the real `sample-piral@1.11.0` emulator (npm) into `<folder>`.
    #[track_caller]
    pub(crate) fn sample_piral_pilet(&self, folder: &str) -> PathBuf {
        let output = run(&mut self.pilet(&[
            "new",
            "sample-piral@1.11.0",
            "--target",
            folder,
            "--npm-client",
            "npm",
        ]));
        assert_exit(&output, 0);
        self.path().join(folder)
    }

    /// `piral <args>` in the test folder.
    pub(crate) fn piral(&self, args: &[&str]) -> Command {
        self.bin("piral", args)
    }

    /// `pilet <args>` in the test folder.
    pub(crate) fn pilet(&self, args: &[&str]) -> Command {
        self.bin("pilet", args)
    }

    fn bin(&self, name: &str, args: &[&str]) -> Command {
        Command::from_std(self.std_command(name, args))
    }

    /// The same command as a `std::process::Command`, for processes that keep running.
    pub(crate) fn std_command(&self, name: &str, args: &[&str]) -> std::process::Command {
        let program = match name {
            "pilet" => env!("CARGO_BIN_EXE_pilet"),
            _ => env!("CARGO_BIN_EXE_piral"),
        };
        let mut command = std::process::Command::new(program);
        command.args(args).current_dir(self.path());
        for (key, _) in std::env::vars() {
            if key.to_ascii_lowercase().starts_with("piral_") || key == "CI" || key == "NO_COLOR" {
                command.env_remove(key);
            }
        }
        // npm keeps using the machine's cache, so installs in tests do not download twice.
        if let Some(home) = std::env::var_os("HOME") {
            let cache = std::env::var_os("npm_config_cache")
                .map_or_else(|| PathBuf::from(home).join(".npm"), PathBuf::from);
            command.env("npm_config_cache", cache);
        }
        command
            .env("HOME", &self.home)
            .env("XDG_CONFIG_HOME", self.home.join(".config"))
            .env("NO_COLOR", "1")
            .env("PIRAL_NO_PROGRESS", "1")
            // Scaffolds leave out this CLI's npm package (it is not in the registry the tests
            // install from); tests of that dependency remove this.
            .env("PIRAL_CLIPACKAGE", "false")
            .env("COLUMNS", "100");
        command
    }
}

/// Runs a command and returns its output, whatever the exit status.
pub(crate) fn run(command: &mut Command) -> Output {
    command.output().expect("the command starts")
}

pub(crate) fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

pub(crate) fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// Asserts an exit code and shows the output when it differs.
#[track_caller]
pub(crate) fn assert_exit(output: &Output, code: i32) {
    assert_eq!(
        output.status.code(),
        Some(code),
        "exit status {:?}\n--- stdout\n{}\n--- stderr\n{}",
        output.status,
        stdout(output),
        stderr(output)
    );
}

/// Builds a gzip-compressed npm-style tarball from (path, content) pairs; paths are written
/// as given, hostile ones included.
pub(crate) fn tgz(entries: &[(&str, &[u8])]) -> Vec<u8> {
    let mut builder = tar::Builder::new(flate2::write::GzEncoder::new(
        Vec::new(),
        flate2::Compression::default(),
    ));
    for (path, content) in entries {
        let mut header = tar::Header::new_gnu();
        header.set_size(content.len() as u64);
        header.set_mode(0o644);
        header.set_entry_type(tar::EntryType::Regular);
        let name = &mut header.as_old_mut().name;
        name[..path.len()].copy_from_slice(path.as_bytes());
        header.set_cksum();
        builder.append(&header, *content).unwrap();
    }
    builder.into_inner().unwrap().finish().unwrap()
}

/// An uncompressed tar, as emulators carry `files.tar`.
pub(crate) fn tar(entries: &[(&str, &[u8])]) -> Vec<u8> {
    let mut builder = tar::Builder::new(Vec::new());
    for (path, content) in entries {
        let mut header = tar::Header::new_gnu();
        header.set_size(content.len() as u64);
        header.set_mode(0o644);
        header.set_entry_type(tar::EntryType::Regular);
        let name = &mut header.as_old_mut().name;
        name[..path.len()].copy_from_slice(path.as_bytes());
        header.set_cksum();
        builder.append(&header, *content).unwrap();
    }
    builder.into_inner().unwrap()
}

/// Serves `dir` on 127.0.0.1 and opens it in headless Chromium (`tests/e2e/render.mjs`);
/// returns its JSON report. Needs Debian's `chromium` and `npm ci` in `tests/e2e`, which
/// `scripts/test` installs.
pub(crate) fn render(dir: &Path, args: &[&str]) -> serde_json::Value {
    let e2e = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/e2e");
    assert!(
        e2e.join("node_modules/playwright-core").is_dir(),
        "browser tests need `npm ci` in tests/e2e and Debian's chromium (scripts/test installs both)"
    );
    let output = std::process::Command::new("node")
        .arg(e2e.join("render.mjs"))
        .arg("--dir")
        .arg(dir)
        .args(args)
        .output()
        .expect("node starts");
    assert!(
        output.status.success(),
        "render.mjs failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout)
        .unwrap_or_else(|e| panic!("render.mjs printed no JSON ({e}): {}", stdout(&output)))
}

/// Writes the scripted steps of a [`render`] (`--steps`) into `ctx`; returns the file's path.
pub(crate) fn steps_file(ctx: &TestContext, steps: &serde_json::Value) -> String {
    let path = ctx.path().join("steps.json");
    std::fs::write(&path, steps.to_string()).unwrap();
    path.display().to_string()
}

/// A port that is free on 127.0.0.1 right now.
pub(crate) fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// A server the tests start (Azurite, verdaccio, moto, the sample feed service), listening on
/// `port` of 127.0.0.1 once `start` returns; killed when dropped.
pub(crate) struct Service {
    child: std::process::Child,
    pub(crate) port: u16,
}

impl Service {
    /// Spawns `command` (its output discarded) and waits up to `limit` seconds for its port.
    pub(crate) fn start(
        mut command: std::process::Command,
        port: u16,
        what: &str,
        limit: u64,
    ) -> Self {
        let child = command
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("{what} does not start ({e}); scripts/test installs it"));
        let service = Self { child, port };
        let start = std::time::Instant::now();
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(
                start.elapsed() < std::time::Duration::from_secs(limit),
                "{what} did not start within {limit} s"
            );
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
        service
    }
}

impl Drop for Service {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Python's http.server serving `dir` on a free loopback port.
pub(crate) fn static_server(dir: &Path, what: &str) -> Service {
    let port = free_port();
    let mut command = std::process::Command::new("python3");
    command
        .args([
            "-m",
            "http.server",
            &port.to_string(),
            "--bind",
            "127.0.0.1",
            "--directory",
        ])
        .arg(dir);
    Service::start(command, port, what, 10)
}

/// Like [`static_server`], with `Access-Control-Allow-Origin: *` on every answer, as a feed
/// service sends it so that pages on other origins can read it.
pub(crate) fn cors_static_server(dir: &Path, what: &str) -> Service {
    const SERVER: &str = "import functools, http.server, sys\n\
class Handler(http.server.SimpleHTTPRequestHandler):\n    \
def end_headers(self):\n        \
self.send_header('Access-Control-Allow-Origin', '*')\n        \
super().end_headers()\n\
handler = functools.partial(Handler, directory=sys.argv[2])\n\
http.server.ThreadingHTTPServer(('127.0.0.1', int(sys.argv[1])), handler).serve_forever()\n";
    let port = free_port();
    let mut command = std::process::Command::new("python3");
    command.args(["-c", SERVER, &port.to_string()]).arg(dir);
    Service::start(command, port, what, 10)
}

/// The old CLI (npm `piral-cli` 1.10.3 with `piral-cli-esbuild`, pinned in tests/e2e) as
/// `piral` or `pilet`, in the test's environment; its servers listen on 127.0.0.1 only.
pub(crate) fn old_cli(ctx: &TestContext, name: &str, args: &[&str]) -> std::process::Command {
    let ours = ctx.std_command(name, args);
    let mut old = std::process::Command::new(e2e_bin(name));
    old.args(args).current_dir(ctx.path());
    for (key, value) in ours.get_envs() {
        match value {
            Some(value) => old.env(key, value),
            None => old.env_remove(key),
        };
    }
    let preload = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/e2e/bind-loopback.cjs");
    old.env("NODE_OPTIONS", format!("--require {}", preload.display()));
    old
}

/// A program that `npm ci` installed in tests/e2e.
pub(crate) fn e2e_bin(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/e2e/node_modules/.bin")
        .join(name)
}

/// Azurite (npm) serving Azure Blob Storage on a free loopback port, in memory.
pub(crate) struct Azurite {
    service: Service,
    pub(crate) port: u16,
}

impl Azurite {
    pub(crate) fn start() -> Self {
        let port = free_port();
        let mut command = std::process::Command::new(e2e_bin("azurite-blob"));
        command
            .args(["--blobHost", "127.0.0.1", "--blobPort"])
            .arg(port.to_string())
            .args(["--inMemoryPersistence", "--disableTelemetry", "--silent"]);
        let service = Service::start(command, port, "azurite", 30);
        Self { service, port }
    }

    /// The blob service URL of Azurite's well-known account.
    pub(crate) fn account_url(&self) -> String {
        format!("http://127.0.0.1:{}/devstoreaccount1", self.service.port)
    }

    /// Points a command at this Azurite, with object_store's variables.
    pub(crate) fn env<'c>(
        &self,
        command: &'c mut std::process::Command,
    ) -> &'c mut std::process::Command {
        command.env("AZURE_STORAGE_USE_EMULATOR", "true").env(
            "AZURITE_BLOB_STORAGE_URL",
            format!("http://127.0.0.1:{}", self.port),
        )
    }
}

/// Verdaccio (npm): a real npm registry on a free loopback port, with its storage and users in
/// `dir`, no uplinks.
pub(crate) struct Verdaccio {
    _service: Service,
    pub(crate) url: String,
}

impl Verdaccio {
    pub(crate) fn start(dir: &Path) -> Self {
        let port = free_port();
        std::fs::create_dir_all(dir).unwrap();
        let config = dir.join("config.yaml");
        std::fs::write(
            &config,
            format!(
                "storage: {storage}\nauth:\n  htpasswd:\n    file: {users}\n    max_users: 10\n\
                 uplinks: {{}}\nmax_body_size: 500mb\npackages:\n  '**':\n    access: $all\n    publish: $authenticated\n\
                 log: {{ type: stdout, format: pretty, level: error }}\n",
                storage = dir.join("storage").display(),
                users = dir.join("htpasswd").display(),
            ),
        )
        .unwrap();
        let mut command = std::process::Command::new(e2e_bin("verdaccio"));
        command
            .arg("--config")
            .arg(&config)
            .arg("--listen")
            .arg(format!("127.0.0.1:{port}"));
        Self {
            _service: Service::start(command, port, "verdaccio", 60),
            url: format!("http://127.0.0.1:{port}/"),
        }
    }

    /// Signs up a user (what `npm adduser` does) and returns its token.
    pub(crate) fn add_user(&self, name: &str, password: &str) -> String {
        let response = reqwest::blocking::Client::new()
            .put(format!("{}-/user/org.couchdb.user:{name}", self.url))
            .header("content-type", "application/json")
            .body(
                serde_json::json!({ "name": name, "password": password, "type": "user", "roles": [] })
                    .to_string(),
            )
            .send()
            .unwrap();
        assert_eq!(response.status(), 201, "verdaccio signs up `{name}`");
        let body: serde_json::Value = serde_json::from_slice(&response.bytes().unwrap()).unwrap();
        body["token"].as_str().unwrap().to_string()
    }
}

/// moto's S3 server (PyPI, in the venv `scripts/test` makes; `PIRAL_MOTO_SERVER` names it) on a
/// free loopback port, in memory.
pub(crate) struct Moto {
    _service: Service,
    pub(crate) endpoint: String,
}

impl Moto {
    pub(crate) fn start() -> Self {
        let server = std::env::var_os("PIRAL_MOTO_SERVER")
            .map(PathBuf::from)
            .or_else(|| {
                std::env::var_os("HOME")
                    .map(|home| PathBuf::from(home).join(".cache/piral/moto-venv/bin/moto_server"))
            })
            .filter(|path| path.is_file())
            .expect(
                "the S3 tests need moto's server: run them through scripts/test, which installs it",
            );
        let port = free_port();
        let mut command = std::process::Command::new(server);
        command
            .args(["-H", "127.0.0.1", "-p"])
            .arg(port.to_string());
        Self {
            _service: Service::start(command, port, "moto", 30),
            endpoint: format!("http://127.0.0.1:{port}"),
        }
    }
}
