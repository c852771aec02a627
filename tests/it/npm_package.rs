//! The npm packages (`scripts/npm-packages`): the main package's launchers and a platform
//! package with the binary, published to a real registry (verdaccio) and used as a Piral team
//! uses its CLI: `npm install`, `npx piral new`, `npx pilet new`, `npm start` in Chromium, and
//! `npm ci && npm run build` in a second fresh folder.

use std::io::{BufRead as _, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::common::{TestContext, Verdaccio, free_port, render};

const VERSION: &str = env!("CARGO_PKG_VERSION");

/// The packages of this build: the test binary, stripped, packed as this machine's platform
/// package. Returns (main tgz, platform tgz).
fn build_packages(ctx: &TestContext) -> (PathBuf, PathBuf) {
    let binary = ctx.path().join("piral-binary");
    std::fs::copy(env!("CARGO_BIN_EXE_piral"), &binary).unwrap();
    // Debug symbols only make the package slower to pack and publish.
    let _ = Command::new("strip").arg(&binary).status();
    let out = ctx.path().join("packages");
    let output = Command::new("bash")
        .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts/npm-packages"))
        .arg(&out)
        .arg("--binary")
        .arg(&binary)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "scripts/npm-packages failed:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let printed = String::from_utf8_lossy(&output.stdout);
    let mut lines = printed.lines().map(PathBuf::from);
    let (main, platform) = (lines.next().unwrap(), lines.next().unwrap());
    assert!(main.is_file() && platform.is_file(), "{printed}");
    (main, platform)
}

/// A command as a developer runs it: the machine's PATH, the test's HOME, an npm user config
/// that takes `@piral-rs/*` from verdaccio (and everything else from the usual registry), and
/// an npm cache of the test's own, empty at first.
fn npm_command(ctx: &TestContext, program: &str, args: &[&str], dir: &Path) -> Command {
    let mut command = Command::new(program);
    command.args(args).current_dir(dir).stdin(Stdio::null());
    for (key, _) in std::env::vars() {
        if key.to_ascii_lowercase().starts_with("piral_")
            || key.to_ascii_lowercase().starts_with("npm_config_")
            || key == "CI"
        {
            command.env_remove(key);
        }
    }
    command
        .env("HOME", &ctx.home)
        .env("NPM_CONFIG_USERCONFIG", ctx.path().join("npmrc"))
        .env("npm_config_cache", ctx.path().join("npm-cache"))
        .env("NO_COLOR", "1")
        .env("PIRAL_NO_PROGRESS", "1");
    command
}

#[track_caller]
fn succeed(mut command: Command, what: &str) -> Output {
    let output = command.output().unwrap();
    assert!(
        output.status.success(),
        "{what} failed ({}):\n--- stdout\n{}\n--- stderr\n{}",
        output.status,
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    output
}

fn json(path: &Path) -> serde_json::Value {
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// A process whose output is collected, started in its own process group (so that all of it
/// can be ended); killed with its group when dropped.
struct Running {
    child: std::process::Child,
    output: Arc<Mutex<String>>,
}

impl Running {
    fn spawn(mut command: Command) -> Self {
        use std::os::unix::process::CommandExt as _;
        let mut child = command
            .process_group(0)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let output = Arc::new(Mutex::new(String::new()));
        for stream in [
            Box::new(child.stdout.take().unwrap()) as Box<dyn std::io::Read + Send>,
            Box::new(child.stderr.take().unwrap()),
        ] {
            let sink = output.clone();
            std::thread::spawn(move || {
                for line in BufReader::new(stream).lines().map_while(Result::ok) {
                    sink.lock().unwrap().push_str(&format!("{line}\n"));
                }
            });
        }
        Self { child, output }
    }

    fn wait_for(&self, text: &str, limit: Duration) {
        let start = Instant::now();
        while !self.output.lock().unwrap().contains(text) {
            assert!(
                start.elapsed() < limit,
                "`{text}` did not appear:\n{}",
                self.output.lock().unwrap()
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// Sends `signal` to the process itself (not its group).
    fn signal(&self, signal: &str) {
        let status = Command::new("kill")
            .args(["-s", signal, &self.child.id().to_string()])
            .status()
            .unwrap();
        assert!(status.success());
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        // `kill -s KILL -- -<group>`: procps' `kill -KILL -<n>` reads `-<n>` as a signal.
        let _ = Command::new("kill")
            .args(["-s", "KILL", "--", &format!("-{}", self.child.id())])
            .status();
        let _ = self.child.wait();
    }
}

fn port_is_free(port: u16) -> bool {
    std::net::TcpStream::connect(("127.0.0.1", port)).is_err()
}

#[test]
fn a_team_installs_the_cli_from_npm_and_works_without_rust() {
    let ctx = TestContext::new();
    let (main, platform) = build_packages(&ctx);

    // The main package: both commands, every platform package as an exact optional dependency.
    let listing = Command::new("tar").arg("tzf").arg(&main).output().unwrap();
    let listing = String::from_utf8_lossy(&listing.stdout);
    for file in [
        "package/bin/piral.js",
        "package/bin/pilet.js",
        "package/lib/launch.js",
    ] {
        assert!(listing.contains(file), "{listing}");
    }
    let extracted = ctx.path().join("extracted");
    std::fs::create_dir_all(&extracted).unwrap();
    for tgz in [&main, &platform] {
        let status = Command::new("tar")
            .arg("xzf")
            .arg(tgz)
            .arg("-C")
            .arg(&extracted)
            .arg("package/package.json")
            .arg("--transform")
            .arg(format!(
                "s|package/package.json|{}.json|",
                tgz.file_stem().unwrap().to_string_lossy()
            ))
            .status()
            .unwrap();
        assert!(status.success());
    }
    let main_manifest = json(&extracted.join(format!("piral-rs-cli-{VERSION}.json")));
    assert_eq!(main_manifest["name"], "@piral-rs/cli");
    assert_eq!(main_manifest["version"], VERSION);
    assert_eq!(main_manifest["bin"]["pilet"], "bin/pilet.js");
    let optional = main_manifest["optionalDependencies"].as_object().unwrap();
    for key in [
        "linux-x64-gnu",
        "linux-arm64-gnu",
        "linux-x64-musl",
        "darwin-x64",
        "darwin-arm64",
        "win32-x64",
    ] {
        assert_eq!(optional[&format!("@piral-rs/cli-{key}")], VERSION);
    }
    let platform_manifest = json(&extracted.join(format!(
        "{}.json",
        platform.file_stem().unwrap().to_string_lossy()
    )));
    assert_eq!(platform_manifest["os"][0], "linux");
    assert_eq!(platform_manifest["version"], VERSION);

    // Both go to a real registry.
    let verdaccio = Verdaccio::start(&ctx.path().join("verdaccio"));
    let token = verdaccio.add_user("release", "release-secret-1");
    let host = verdaccio.url.trim_start_matches("http:");
    std::fs::write(
        ctx.path().join("npmrc"),
        format!(
            "@piral-rs:registry={url}\n{host}:_authToken={token}\n",
            url = verdaccio.url
        ),
    )
    .unwrap();
    for tgz in [&platform, &main] {
        let tgz = tgz.to_string_lossy();
        succeed(
            npm_command(&ctx, "npm", &["publish", &tgz], ctx.path()),
            "npm publish",
        );
    }
    // A release publishes every platform; this machine builds one. The others stand in with
    // their real `os`/`cpu`/`libc`, so that lock files list them as a real release's do (npm
    // never installs them here).
    for (key, os, cpu, libc) in [
        ("linux-arm64-gnu", "linux", "arm64", Some("glibc")),
        ("linux-x64-musl", "linux", "x64", Some("musl")),
        ("darwin-x64", "darwin", "x64", None),
        ("darwin-arm64", "darwin", "arm64", None),
        ("win32-x64", "win32", "x64", None),
    ] {
        let dir = ctx.path().join("stand-ins").join(key);
        std::fs::create_dir_all(&dir).unwrap();
        let mut manifest = serde_json::json!({
            "name": format!("@piral-rs/cli-{key}"),
            "version": VERSION,
            "os": [os],
            "cpu": [cpu],
        });
        if let Some(libc) = libc {
            manifest["libc"] = serde_json::json!([libc]);
        }
        std::fs::write(dir.join("package.json"), manifest.to_string()).unwrap();
        succeed(
            npm_command(
                &ctx,
                "npm",
                &["publish", &dir.to_string_lossy()],
                ctx.path(),
            ),
            "npm publish (stand-in)",
        );
    }

    // A fresh folder, an empty npm cache: `npm install` brings the launcher and this platform's
    // binary, and nothing else of ours.
    let fresh = ctx.path().join("fresh");
    std::fs::create_dir_all(&fresh).unwrap();
    std::fs::write(fresh.join("package.json"), "{\"private\": true}\n").unwrap();
    succeed(
        npm_command(
            &ctx,
            "npm",
            &["install", "--save-dev", "@piral-rs/cli"],
            &fresh,
        ),
        "npm install @piral-rs/cli",
    );
    let installed: Vec<String> = std::fs::read_dir(fresh.join("node_modules/@piral-rs"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(installed.len(), 2, "{installed:?}");
    let version = succeed(
        npm_command(&ctx, "npx", &["pilet", "--version"], &fresh),
        "npx pilet --version",
    );
    assert_eq!(
        String::from_utf8_lossy(&version.stdout).trim(),
        format!("pilet {VERSION}")
    );

    // Without the platform package the launcher names it, with a code.
    let binary_package = fresh.join("node_modules/@piral-rs/cli-linux-x64-gnu");
    let moved = ctx.path().join("moved-platform-package");
    std::fs::rename(&binary_package, &moved).unwrap();
    let output = npm_command(&ctx, "npx", &["piral", "--version"], &fresh)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("[0182]") && stderr.contains("@piral-rs/cli-linux-x64-gnu"),
        "{stderr}"
    );
    std::fs::rename(&moved, &binary_package).unwrap();

    // `npx piral new`: the shell depends on the package at the running version; its emulator.
    succeed(
        npm_command(
            &ctx,
            "npx",
            &["piral", "new", "shell", "--vars.feedUrl=/none"],
            &fresh,
        ),
        "npx piral new shell",
    );
    let shell = fresh.join("shell");
    assert_eq!(
        json(&shell.join("package.json"))["devDependencies"]["piral-cli"],
        format!("npm:@piral-rs/cli@{VERSION}")
    );
    assert!(
        shell
            .join("node_modules/@piral-rs/cli-linux-x64-gnu/bin/piral")
            .is_file()
    );
    succeed(
        npm_command(
            &ctx,
            "npx",
            &["piral", "build", "--type", "emulator"],
            &shell,
        ),
        "npx piral build --type emulator",
    );
    let emulator = shell.join("dist/emulator/shell-1.0.0.tgz");
    assert!(emulator.is_file());

    // `npx pilet new` from that emulator; the pilet depends on the package too.
    succeed(
        npm_command(
            &ctx,
            "npx",
            &[
                "pilet",
                "new",
                "./shell/dist/emulator/shell-1.0.0.tgz",
                "--target",
                "pilet",
            ],
            &fresh,
        ),
        "npx pilet new",
    );
    let pilet = fresh.join("pilet");
    let manifest = json(&pilet.join("package.json"));
    assert_eq!(
        manifest["devDependencies"]["piral-cli"],
        format!("npm:@piral-rs/cli@{VERSION}")
    );
    assert_eq!(manifest["scripts"]["start"], "pilet debug");

    // `npm start` serves the pilet in its emulator; Chromium renders the pilet's tile.
    let port = free_port();
    let server = Running::spawn(npm_command(
        &ctx,
        "npm",
        &["start", "--", "--port", &port.to_string()],
        &pilet,
    ));
    server.wait_for("Ready", Duration::from_secs(120));
    let report = render(
        Path::new("."),
        &[
            "--url",
            &format!("http://127.0.0.1:{port}"),
            "--expect",
            "Welcome to Piral!",
        ],
    );
    assert_eq!(report["ok"], true, "{report:#}");
    drop(server);
    let start = Instant::now();
    while !port_is_free(port) {
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "the server outlives its group"
        );
        std::thread::sleep(Duration::from_millis(100));
    }

    // A SIGTERM to the launcher alone (as a task runner sends it) ends the debug server too.
    let port = free_port();
    let launcher = Running::spawn(npm_command(
        &ctx,
        &pilet.join("node_modules/.bin/pilet").to_string_lossy(),
        &["debug", "--port", &port.to_string()],
        &pilet,
    ));
    launcher.wait_for("Ready", Duration::from_secs(60));
    assert!(!port_is_free(port));
    launcher.signal("TERM");
    let start = Instant::now();
    while !port_is_free(port) {
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "the binary outlived its launcher"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    drop(launcher);

    // A teammate's clone: `npm ci && npm run build` in a second fresh folder.
    let clone = ctx.path().join("clone");
    std::fs::create_dir_all(clone.join("shell/dist/emulator")).unwrap();
    std::fs::copy(&emulator, clone.join("shell/dist/emulator/shell-1.0.0.tgz")).unwrap();
    let status = Command::new("cp")
        .args(["-R"])
        .arg(&pilet)
        .arg(clone.join("pilet"))
        .status()
        .unwrap();
    assert!(status.success());
    let cloned = clone.join("pilet");
    std::fs::remove_dir_all(cloned.join("node_modules")).unwrap();
    let _ = std::fs::remove_dir_all(cloned.join("dist"));
    succeed(npm_command(&ctx, "npm", &["ci"], &cloned), "npm ci");
    succeed(
        npm_command(&ctx, "npm", &["run", "build"], &cloned),
        "npm run build",
    );
    assert!(cloned.join("dist/index.js").is_file());
}
