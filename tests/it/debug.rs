//! `pilet debug`: the local feed, the served shell, hot re-injection in Chromium, the error
//! overlay, and the security defaults (Host, Origin, traversal, ports).

use std::io::{BufRead as _, BufReader, Read as _, Write as _};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

use crate::common::{TestContext, assert_exit, free_port, old_cli, render, run};

/// A running `pilet debug`; killed when dropped.
struct Server {
    child: Child,
    port: u16,
    stderr: std::sync::Arc<std::sync::Mutex<String>>,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Server {
    fn start(ctx: &TestContext, root: &Path, extra: &[&str]) -> Server {
        Server::start_on(ctx, "pilet", root, free_port(), extra)
    }

    /// `<program> debug --port <port> <extra…>` in `root`, once it is ready (or on the next free
    /// port, when that one is busy).
    fn start_on(
        ctx: &TestContext,
        program: &str,
        root: &Path,
        port: u16,
        extra: &[&str],
    ) -> Server {
        let port_text = port.to_string();
        let mut args = vec!["debug", "--port", &port_text];
        args.extend_from_slice(extra);
        Server::spawn(ctx, program, root, port, &args, Duration::from_secs(60))
    }

    /// `<program> <args…>` in `root`, its stderr collected, once it printed `Ready`.
    fn spawn(
        ctx: &TestContext,
        program: &str,
        root: &Path,
        port: u16,
        args: &[&str],
        limit: Duration,
    ) -> Server {
        Server::spawn_until(ctx, program, root, port, args, "Ready", limit)
    }

    /// `<program> <args…>` in `root` with `env` added, once it printed `Ready`.
    fn spawn_with_env(
        ctx: &TestContext,
        program: &str,
        root: &Path,
        port: u16,
        args: &[&str],
        env: &[(&str, &str)],
    ) -> Server {
        let mut command = ctx.std_command(program, args);
        command.current_dir(root).envs(env.iter().copied());
        Server::from_command(command, port, "Ready", Duration::from_secs(60))
    }

    /// `<program> <args…>` in `root`, its stderr collected, once it printed `ready`.
    fn spawn_until(
        ctx: &TestContext,
        program: &str,
        root: &Path,
        port: u16,
        args: &[&str],
        ready: &str,
        limit: Duration,
    ) -> Server {
        let mut command = ctx.std_command(program, args);
        command.current_dir(root);
        Server::from_command(command, port, ready, limit)
    }

    /// Spawns `command`, its stderr collected, once it printed `ready`.
    fn from_command(
        mut command: std::process::Command,
        port: u16,
        ready: &str,
        limit: Duration,
    ) -> Server {
        let mut child = command
            .stderr(Stdio::piped())
            .stdout(Stdio::null())
            .spawn()
            .unwrap();
        let stderr = std::sync::Arc::new(std::sync::Mutex::new(String::new()));
        let reader = BufReader::new(child.stderr.take().unwrap());
        let sink = stderr.clone();
        std::thread::spawn(move || {
            for line in reader.lines().map_while(Result::ok) {
                sink.lock().unwrap().push_str(&format!("{line}\n"));
            }
        });
        let server = Server {
            child,
            port,
            stderr,
        };
        server.wait_for(ready, limit);
        server
    }

    fn wait_for(&self, text: &str, limit: Duration) {
        let start = Instant::now();
        while start.elapsed() < limit {
            if self.stderr.lock().unwrap().contains(text) {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        panic!("`{text}` did not appear:\n{}", self.stderr.lock().unwrap());
    }

    /// Waits until the stderr so far satisfies `done` (`what` names it for the failure).
    fn wait_until(&self, what: &str, done: impl Fn(&str) -> bool, limit: Duration) {
        let start = Instant::now();
        while start.elapsed() < limit {
            if done(&self.stderr.lock().unwrap()) {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        panic!("{what}: timed out:\n{}", self.stderr.lock().unwrap());
    }

    fn origin(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }
}

/// A raw HTTP/1.1 exchange, so that tests control every header (Host, Origin, odd paths).
fn http(port: u16, request: &str) -> (u16, String, String) {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    stream.write_all(request.as_bytes()).unwrap();
    let mut response = Vec::new();
    let _ = stream.read_to_end(&mut response);
    let text = String::from_utf8_lossy(&response).into_owned();
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let status = head
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    (status, head.to_string(), body.to_string())
}

fn get(port: u16, path: &str, host: &str) -> (u16, String, String) {
    http(
        port,
        &format!("GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"),
    )
}

fn steps(ctx: &TestContext, steps: &serde_json::Value) -> String {
    crate::common::steps_file(ctx, steps)
}

#[test]
fn debugging_a_pilet_from_sample_piral() {
    let ctx = TestContext::new();
    let one = ctx.sample_piral_pilet("one");
    // `-v`: the watcher reports each batch of changes it handled (see the touch below).
    let server = Server::start(&ctx, &one, &["-v"]);
    let port = server.port;

    // The feed: exactly the keys of a v2 item, with an absolute, cache-busted link.
    let (status, head, body) = get(port, "/$pilet-api", &format!("127.0.0.1:{port}"));
    assert_eq!(status, 200, "{head}");
    assert!(
        head.to_ascii_lowercase()
            .contains("cache-control: no-cache, no-store, must-revalidate")
    );
    assert!(
        !head
            .to_ascii_lowercase()
            .contains("access-control-allow-origin")
    );
    let feed: serde_json::Value = serde_json::from_str(&body).unwrap();
    let item = feed[0].as_object().unwrap();
    let keys: Vec<&str> = item.keys().map(String::as_str).collect();
    assert_eq!(
        keys,
        [
            "name",
            "version",
            "link",
            "spec",
            "requireRef",
            "dependencies"
        ]
    );
    assert_eq!(item["spec"], "v2");
    let link = item["link"].as_str().unwrap();
    assert!(
        link.starts_with(&format!(
            "http://127.0.0.1:{port}/$pilet-api/0/index.js?updated="
        )),
        "{link}"
    );
    let (status, _, main) = get(port, "/$pilet-api/0/index.js", &format!("localhost:{port}"));
    assert_eq!(status, 200);
    assert!(main.starts_with("//@pilet v:2(pr_one,{})"));

    // The shell: index.html with the feed injected before the first script; SPA fallback.
    let (status, _, html) = get(port, "/some/route", &format!("127.0.0.1:{port}"));
    assert_eq!(status, 200);
    let injected = format!("window['dbg:pilet-api'] = 'http://127.0.0.1:{port}/$pilet-api';");
    assert!(html.contains(&injected), "{html}");
    // A debug server never registers a service worker, nor sends integrity or a policy.
    assert!(
        !html.contains("sw-register")
            && !html.contains("integrity=")
            && !html.contains("Content-Security-Policy"),
        "{html}"
    );
    assert!(html.find(&injected).unwrap() < html.find("<script defer").unwrap());

    // Security: foreign Host, traversal in every spelling, foreign WebSocket Origin.
    assert_eq!(get(port, "/$pilet-api", "evil.example").0, 403);
    for path in [
        "/../../etc/passwd",
        "/%2e%2e/%2e%2e/etc/passwd",
        "/..%2f..%2fetc%2fpasswd",
        "/$pilet-api/0/..%2f..%2fpackage.json",
    ] {
        let (status, _, body) = get(port, path, &format!("127.0.0.1:{port}"));
        assert_eq!(status, 403, "{path}: {body}");
    }
    let upgrade = |origin: &str| {
        http(port, &format!(
            "GET /$pilet-api HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nOrigin: {origin}\r\n\r\n"
        ))
        .0
    };
    assert_eq!(upgrade("http://evil.example"), 403);

    // In Chromium: the tile renders; an edit appears without a page reload; a syntax error shows
    // the overlay while the old tile stays; fixing it recovers.
    let index = one.join("src/index.tsx");
    let original = std::fs::read_to_string(&index).unwrap();
    let edited = original.replace("Welcome to Piral!", "Welcome, edited!");
    let broken = format!("{edited}\nexport const broken = (;\n");
    let script = steps(
        &ctx,
        &serde_json::json!([
            { "expect": "Welcome to Piral!" },
            { "eval": "window.__notReloaded = true" },
            { "write": { "file": index.display().to_string(), "content": edited } },
            { "expect": "Welcome, edited!" },
            { "eval": "window.__notReloaded === true" },
            { "write": { "file": index.display().to_string(), "content": broken } },
            { "selector": "#piral-error-overlay", "contains": "[0174]" },
            { "expect": "Welcome, edited!" },
            { "write": { "file": index.display().to_string(), "content": original } },
            { "gone": "#piral-error-overlay" },
            { "expect": "Welcome to Piral!" }
        ]),
    );
    let report = render(
        Path::new("."),
        &[
            "--url",
            &server.origin(),
            "--steps",
            &script,
            "--timeout",
            "30000",
        ],
    );
    assert_eq!(
        report["ok"],
        true,
        "{report:#}\n{}",
        server.stderr.lock().unwrap()
    );
    assert_eq!(report["evals"][1], true, "the page was not reloaded");
    server.wait_for("Rebuilt", Duration::from_secs(5));
    assert!(server.stderr.lock().unwrap().contains("[0174]"));

    // Touching a file without changing it rebuilds nothing. The watcher tells (at `-v`) when it
    // has handled a batch of changes: first the three edits above (the page shows a rebuild a
    // moment before it is reported), then the touch, which must have rebuilt nothing.
    server.wait_until(
        "the three edits handled",
        |stderr| stderr.matches("content changed, rebuilt\n").count() >= 3,
        Duration::from_secs(10),
    );
    let before = server.stderr.lock().unwrap().len();
    std::fs::write(&index, std::fs::read(&index).unwrap()).unwrap();
    server.wait_until(
        "the touch handled",
        |stderr| stderr[before..].contains("content unchanged, nothing rebuilt"),
        Duration::from_secs(10),
    );
    let after = server.stderr.lock().unwrap()[before..].to_string();
    assert!(!after.contains("Rebuilt"), "{after}");

    // A busy port: the next one is taken with [0047]; with --strict-port it is [0048] and exit 1.
    let output = run(ctx
        .pilet(&["debug", "--port", &port.to_string(), "--strict-port"])
        .current_dir(&one));
    assert_exit(&output, 1);
    assert!(crate::common::stderr(&output).contains("[0048]"));
    let second = Server::start_on(&ctx, "pilet", &one, port, &[]);
    assert!(
        second
            .stderr
            .lock()
            .unwrap()
            .contains(&format!("[0047] the port {port} is busy")),
        "{}",
        second.stderr.lock().unwrap()
    );
    drop(second);
    drop(server);

    // The older formats of the same pilet, with a stylesheet: v1 (a script tag) and v0 (code
    // evaluated by the shell) render in the real emulator, their lazy page too.
    std::fs::write(
        one.join("src/tile.css"),
        ".welcome-tile { color: rgb(0, 128, 0); }\n",
    )
    .unwrap();
    // The tile as the old CLI's template writes it, with a class for the stylesheet.
    let styled = original.replace(
        "<div>Welcome to Piral!</div>",
        "<div className=\"welcome-tile\">Welcome to Piral!</div>",
    );
    assert_ne!(styled, original);
    std::fs::write(&index, format!("import './tile.css';\n{styled}")).unwrap();
    for schema in ["v1", "v0"] {
        let output = run(ctx
            .pilet(&["build", "--schema", schema, "--type", "standalone"])
            .current_dir(&one));
        assert_exit(&output, 0);
        let main = std::fs::read_to_string(one.join("dist/index.js")).unwrap();
        let marker = if schema == "v1" {
            "//@pilet v:1(pr_one)\n"
        } else {
            "//@pilet v:0\n"
        };
        assert!(main.starts_with(marker), "{}", &main[..40]);
        let feed: serde_json::Value = serde_json::from_str(
            &std::fs::read_to_string(one.join("dist/standalone/pilets.json")).unwrap(),
        )
        .unwrap();
        assert_eq!(feed[0]["spec"], schema);
        assert_eq!(
            feed[0].get("requireRef").is_some(),
            schema == "v1",
            "piral-base takes any item with a requireRef for v1"
        );
        assert_eq!(feed[0].get("hash").is_some(), schema == "v0");
        // The debug server lists what the old CLI's lists for the format (its
        // `getPiletSpecMeta`): v0 `hash` (sha1 of the file) and `noCache`, v1 `requireRef`
        // and `integrity`.
        let server = Server::start(&ctx, &one, &["--schema", schema]);
        let host = format!("127.0.0.1:{}", server.port);
        let (_, _, body) = get(server.port, "/$pilet-api", &host);
        let item: serde_json::Value = serde_json::from_str(&body).unwrap();
        let keys: Vec<&str> = item[0]
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        let (_, _, code) = get(server.port, "/$pilet-api/0/index.js", &host);
        if schema == "v0" {
            assert_eq!(keys, ["name", "version", "link", "spec", "hash", "noCache"]);
            let sha1 = std::process::Command::new("sha1sum")
                .stdin(std::process::Stdio::piped())
                .stdout(std::process::Stdio::piped())
                .spawn()
                .and_then(|mut child| {
                    use std::io::Write as _;
                    child.stdin.take().unwrap().write_all(code.as_bytes())?;
                    child.wait_with_output()
                })
                .unwrap();
            let sha1 = String::from_utf8_lossy(&sha1.stdout);
            assert_eq!(item[0]["hash"], sha1.split_whitespace().next().unwrap());
        } else {
            assert_eq!(
                keys,
                ["name", "version", "link", "spec", "requireRef", "integrity"]
            );
            assert!(
                item[0]["integrity"]
                    .as_str()
                    .unwrap()
                    .starts_with("sha256-")
            );
        }
        drop(server);
        let site = one.join("dist/standalone");
        let report = render(
            &site,
            &[
                "--expect",
                "Welcome to Piral!",
                "--style",
                ".welcome-tile|color",
            ],
        );
        assert_eq!(report["ok"], true, "{schema}: {report:#}");
        assert_eq!(
            report["styles"][".welcome-tile|color"], "rgb(0, 128, 0)",
            "{schema}"
        );
        let report = render(
            &site,
            &[
                "--click",
                "Page",
                "--expect-after",
                "This page is loaded on demand",
            ],
        );
        assert_eq!(report["ok"], true, "{schema}: {report:#}");
    }
}

#[test]
fn two_pilets_together_load_and_shutdown() {
    let ctx = TestContext::new();
    for name in ["alpha", "beta"] {
        let index = ctx.sample_piral_pilet(name).join("src/index.tsx");
        let text = std::fs::read_to_string(&index)
            .unwrap()
            .replace("Welcome to Piral!", &format!("Tile of {name}"));
        std::fs::write(&index, text).unwrap();
    }
    let server = Server::start(
        &ctx,
        ctx.path(),
        &["alpha/src/index.tsx", "beta/src/index.tsx"],
    );
    let port = server.port;
    let (_, _, body) = get(port, "/$pilet-api", &format!("127.0.0.1:{port}"));
    let feed: serde_json::Value = serde_json::from_str(&body).unwrap();
    let names: Vec<&str> = feed
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["alpha", "beta"]);
    let report = render(
        Path::new("."),
        &[
            "--url",
            &server.origin(),
            "--expect",
            "Tile of alpha",
            "--expect",
            "Tile of beta",
        ],
    );
    assert_eq!(report["ok"], true, "{report:#}");

    // 100 concurrent connections for 10 s on the feed, a static file and the page: no errors.
    if std::process::Command::new("wrk")
        .arg("--version")
        .output()
        .is_ok()
    {
        for path in ["/$pilet-api", "/be953d3bb28334341670.svg", "/"] {
            let output = std::process::Command::new("wrk")
                .args([
                    "-t",
                    "2",
                    "-c",
                    "100",
                    "-d",
                    "10s",
                    &format!("{}{path}", server.origin()),
                ])
                .output()
                .unwrap();
            let text = String::from_utf8_lossy(&output.stdout).into_owned();
            assert!(output.status.success(), "{text}");
            assert!(
                !text.contains("Socket errors") && !text.contains("Non-2xx"),
                "{path}: {text}"
            );
        }
    } else {
        panic!("the load test needs wrk (scripts/test installs it)");
    }

    // SIGTERM stops the server at once and cleanly.
    let pid = server.child.id().to_string();
    let started = Instant::now();
    assert!(
        std::process::Command::new("kill")
            .args(["-TERM", &pid])
            .status()
            .unwrap()
            .success()
    );
    let mut server = server;
    let status = loop {
        if let Some(status) = server.child.try_wait().unwrap() {
            break status;
        }
        assert!(
            started.elapsed() < Duration::from_secs(5),
            "the server did not stop after SIGTERM"
        );
        std::thread::sleep(Duration::from_millis(50));
    };
    assert!(status.success(), "{status:?}");
    server.wait_for("Stopped", Duration::from_secs(2));
}

#[test]
fn debugging_a_shell_reloads_after_an_edit() {
    let ctx = TestContext::new();
    let output = run(&mut ctx.piral(&["new", "shell"]));
    assert_exit(&output, 0);
    let shell = ctx.path().join("shell");
    // The shell asks its own server's (empty) local feed instead of the template's remote one.
    let port = free_port();
    let feed = format!("http://127.0.0.1:{port}/$pilet-api");
    let server = Server::spawn(
        &ctx,
        "piral",
        &shell,
        port,
        &["debug", "--port", &port.to_string(), "--feed", &feed],
        Duration::from_secs(120),
    );

    let (status, _, html) = get(port, "/", &format!("127.0.0.1:{port}"));
    assert_eq!(status, 200);
    assert!(
        html.contains(&format!(
            "window['dbg:pilet-api'] = \"{feed}\"; window['dbg:load-pilets'] = 'off';"
        )),
        "{html}"
    );
    // The shell under debug never registers a service worker, nor carries a policy.
    assert!(
        !html.contains("sw-register") && !html.contains("Content-Security-Policy"),
        "{html}"
    );
    // The scaffold's mock backend (src/mocks/backend.js) answers before the shell.
    let (status, _, posts) = get(port, "/api/posts", &format!("127.0.0.1:{port}"));
    assert_eq!(status, 200, "{posts}");
    assert!(posts.contains("A post from the mock backend"), "{posts}");

    let layout = shell.join("src/layout.tsx");
    let original = std::fs::read_to_string(&layout).unwrap();
    let edited = original.replace(
        "Welcome to your new app shell",
        "Welcome to the reloaded shell",
    );
    let script = steps(
        &ctx,
        &serde_json::json!([
            { "expect": "Welcome to your new app shell" },
            { "write": { "file": layout.display().to_string(), "content": edited } },
            { "expect": "Welcome to the reloaded shell" }
        ]),
    );
    let report = render(
        Path::new("."),
        &[
            "--url",
            &server.origin(),
            "--steps",
            &script,
            "--timeout",
            "60000",
        ],
    );
    assert_eq!(
        report["ok"],
        true,
        "{report:#}\n{}",
        server.stderr.lock().unwrap()
    );
    server.wait_for("Rebuilt", Duration::from_secs(5));
    drop(server);

    // Under a public URL, the shell's files, its feed and its index all move there.
    let server = Server::start_on(
        &ctx,
        "piral",
        &shell,
        free_port(),
        &["--public-url", "/portal/"],
    );
    let port = server.port;
    let host = format!("127.0.0.1:{port}");
    let (status, _, html) = get(port, "/portal/some/route", &host);
    assert_eq!(status, 200);
    assert!(html.contains("<script src=\"/portal/index.js\">"), "{html}");
    assert_eq!(get(port, "/portal/$pilet-api", &host).0, 200);
    assert_eq!(get(port, "/index.js", &host).0, 404);
    assert_eq!(get(port, "/portal/index.js", &host).0, 200);
    drop(server);

    // Without `--feed`, the shell under debug asks its own feed, as with the old CLI
    // (`DEBUG_PIRAL` only; `DEBUG_PILET` would swap in the debug server's feed): a feed on
    // 127.0.0.1 that the shell's source names lists a pilet, and the page shows it.
    let feed_dir = ctx.path().join("feed");
    std::fs::create_dir_all(&feed_dir).unwrap();
    std::fs::write(
        feed_dir.join("pilet.js"),
        "//@pilet v:2(pr_frompilet,{})\nSystem.register([], function (_export) { return { execute: function () { _export('setup', function (app) { app.registerPage('/from-feed', function () { return 'A pilet from the shell feed'; }); }); } }; });\n",
    )
    .unwrap();
    let feed = crate::common::cors_static_server(&feed_dir, "the shell's feed");
    let feed_url = format!("http://127.0.0.1:{}/feed.json", feed.port);
    std::fs::write(
        feed_dir.join("feed.json"),
        serde_json::json!({ "items": [{
            "name": "from-feed", "version": "1.0.0", "spec": "v2", "requireRef": "pr_frompilet",
            "link": format!("http://127.0.0.1:{}/pilet.js", feed.port), "dependencies": {}
        }] })
        .to_string(),
    )
    .unwrap();
    // The one place a shell names its feed: the `piral-feed` meta tag of its index.html.
    let index = shell.join("src/index.html");
    let source = std::fs::read_to_string(&index).unwrap();
    let template_feed = "https://feed.piral.cloud/api/v1/pilet/empty";
    assert!(
        source.contains(&format!(
            "<meta name=\"piral-feed\" content=\"{template_feed}\">"
        )),
        "{source}"
    );
    std::fs::write(&index, source.replace(template_feed, &feed_url)).unwrap();
    let server = Server::start_on(&ctx, "piral", &shell, free_port(), &[]);
    let report = render(
        Path::new("."),
        &[
            "--url",
            &format!("{}/from-feed", server.origin()),
            "--expect",
            "A pilet from the shell feed",
            "--timeout",
            "60000",
        ],
    );
    assert_eq!(
        report["ok"],
        true,
        "{report:#}\n{}",
        server.stderr.lock().unwrap()
    );
}

/// A static feed on 127.0.0.1 (Python's http.server), killed when dropped.
fn static_feed(dir: &Path, items: &serde_json::Value) -> crate::common::Service {
    std::fs::create_dir_all(dir).unwrap();
    std::fs::write(
        dir.join("feed.json"),
        serde_json::json!({ "items": items }).to_string(),
    )
    .unwrap();
    crate::common::static_server(dir, "the static feed")
}

#[test]
fn remote_feeds_are_merged_and_emulators_run() {
    let ctx = TestContext::new();
    let remote = serde_json::json!([
        { "name": "remote-pilet", "version": "2.0.0", "link": "http://127.0.0.1:1/remote.js", "spec": "v2", "requireRef": "pr_remote", "dependencies": {} },
        { "name": "one", "version": "9.9.9", "link": "http://127.0.0.1:1/shadowed.js", "spec": "v2", "requireRef": "pr_one", "dependencies": {} }
    ]);
    let feed = static_feed(&ctx.path().join("feed"), &remote);
    let feed_url = format!("http://127.0.0.1:{}/feed.json", feed.port);

    let one = ctx.sample_piral_pilet("one");
    let server = Server::start(&ctx, &one, &["--feed", &feed_url]);
    let (_, _, body) = get(
        server.port,
        "/$pilet-api",
        &format!("127.0.0.1:{}", server.port),
    );
    let items: serde_json::Value = serde_json::from_str(&body).unwrap();
    let listed: Vec<(&str, &str)> = items
        .as_array()
        .unwrap()
        .iter()
        .map(|i| (i["name"].as_str().unwrap(), i["version"].as_str().unwrap()))
        .collect();
    assert_eq!(
        listed,
        [("one", "1.0.0"), ("remote-pilet", "2.0.0")],
        "local names win"
    );
    drop(server);

    // run-emulator: the emulator package's app, with the feed's pilets.
    let port = free_port();
    let port_text = port.to_string();
    let _emulator = Server::spawn(
        &ctx,
        "piral",
        ctx.path(),
        port,
        &[
            "run-emulator",
            "sample-piral@1.11.0",
            "--port",
            &port_text,
            "--feed",
            &feed_url,
        ],
        Duration::from_secs(120),
    );
    let (_, _, body) = get(port, "/$pilet-api", &format!("localhost:{port}"));
    let items: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(items.as_array().unwrap().len(), 2, "{items}");
    let (status, _, html) = get(port, "/", &format!("localhost:{port}"));
    assert_eq!(status, 200);
    assert!(
        html.contains("<title>Piral Sample</title>") && html.contains("window['dbg:pilet-api']"),
        "{html}"
    );
}

/// Polls `read` until `done` holds of what it returns.
fn wait_value(what: &str, read: impl Fn() -> String, done: impl Fn(&str) -> bool) -> String {
    let start = Instant::now();
    loop {
        let value = read();
        if done(&value) {
            return value;
        }
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "{what}: timed out"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn a_second_server_starts_from_what_the_first_transformed() {
    let ctx = TestContext::new();
    let one = ctx.sample_piral_pilet("one");
    let main = |port: u16| get(port, "/$pilet-api/0/index.js", &format!("127.0.0.1:{port}")).2;
    let cache = one.join("node_modules/.cache/piral");
    let cached = || -> Vec<PathBuf> {
        std::fs::read_dir(&cache)
            .map(|entries| {
                entries
                    .filter_map(|e| e.ok().map(|e| e.path()))
                    .filter(|p| p.extension().is_some_and(|e| e == "bin"))
                    .collect()
            })
            .unwrap_or_default()
    };
    let first = {
        let server = Server::start(&ctx, &one, &[]);
        let text = main(server.port);
        // Development builds define each swc helper once, in the shared helpers module; the
        // modules call it through a stub.
        let definitions = text.matches("function _interop_require_wildcard(").count();
        let stubs = text
            .matches("function _interop_require_wildcard() { return require(")
            .count();
        assert_eq!((definitions - stubs, stubs > 0), (1, true), "{text}");
        assert!(text.contains("\\u0000helpers"), "no shared helpers module");
        wait_value(
            "the transforms on disk",
            || cached().len().to_string(),
            |n| n == "1",
        );
        text
    };
    assert!(first.contains("registerTile") || first.contains("setup"));

    // An edit made while no server runs: the next one transforms that file again.
    let index = one.join("src/index.tsx");
    let source = std::fs::read_to_string(&index).unwrap();
    std::fs::write(
        &index,
        format!("{source}\nconsole.log('between-sessions');\n"),
    )
    .unwrap();
    let written = |file: &Path| std::fs::metadata(file).and_then(|m| m.modified()).ok();
    let first_file = cached().remove(0);
    let first_time = written(&first_file);
    {
        let server = Server::start(&ctx, &one, &[]);
        let text = main(server.port);
        assert!(text.contains("between-sessions"));
        // The same kind of build: the same file, written again.
        wait_value(
            "the transforms written again",
            || format!("{:?}", written(&first_file)),
            |time| time != format!("{first_time:?}"),
        );
        assert_eq!(cached(), std::slice::from_ref(&first_file));
    }

    // A cache that cannot be read is no cache.
    for file in cached() {
        std::fs::write(file, b"not a cache").unwrap();
    }
    let server = Server::start(&ctx, &one, &[]);
    assert!(main(server.port).contains("between-sessions"));
}

#[test]
fn the_watcher_rebuilds_for_what_the_build_read_and_build_watch_too() {
    let ctx = TestContext::new();
    let one = ctx.sample_piral_pilet("one");
    let index = one.join("src/index.tsx");
    let original = std::fs::read_to_string(&index).unwrap();
    std::fs::create_dir_all(one.join("src/extra")).unwrap();
    std::fs::write(
        one.join("src/extra/index.ts"),
        "export const extra = 'from-folder';\n",
    )
    .unwrap();
    let with_extra = format!("import {{ extra }} from './extra';\nconsole.log(extra);\n{original}");
    std::fs::write(&index, &with_extra).unwrap();

    let server = Server::start(&ctx, &one, &["-v"]);
    // An edit right after `Ready` is not missed: the server answers once its watcher runs.
    std::fs::write(
        &index,
        with_extra.replace(
            "console.log(extra);",
            "console.log(extra, 'right-after-ready');",
        ),
    )
    .unwrap();
    let port = server.port;
    let main = || get(port, "/$pilet-api/0/index.js", &format!("127.0.0.1:{port}")).2;
    wait_value("the edit right after Ready", main, |m| {
        m.contains("right-after-ready")
    });
    assert!(main().contains("from-folder"));
    let stderr = || server.stderr.lock().unwrap().clone();

    // A log appended 1,000 times in the pilet's folder rebuilds nothing.
    let before = stderr().len();
    let log = one.join("debug.log");
    for line in 0..1000 {
        let mut file = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&log)
            .unwrap();
        writeln!(file, "log line {line}").unwrap();
    }
    server.wait_until(
        "the log handled",
        |s| s[before..].contains("not read by the build, nothing rebuilt"),
        Duration::from_secs(10),
    );
    // An edit after that is picked up exactly once.
    std::fs::write(
        &index,
        with_extra.replace("console.log(extra);", "console.log(extra, 'edited-once');"),
    )
    .unwrap();
    server.wait_until(
        "the edit handled",
        |s| s[before..].contains("content changed, rebuilt"),
        Duration::from_secs(10),
    );
    // More log lines, handled after the edit: still one rebuild.
    let ignored = stderr()[before..].matches("not read by the build").count();
    std::fs::write(&log, "more\n").unwrap();
    server.wait_until(
        "the second log batch handled",
        |s| s[before..].matches("not read by the build").count() > ignored,
        Duration::from_secs(10),
    );
    let after = stderr()[before..].to_string();
    assert_eq!(after.matches("Rebuilt").count(), 1, "{after}");
    assert_eq!(
        after.matches("content changed, rebuilt").count(),
        1,
        "{after}"
    );
    wait_value("the edit served", main, |m| m.contains("edited-once"));

    // An atomic save (a temporary file renamed over the entry) is picked up.
    let temporary = one.join("src/x.tmp");
    std::fs::write(
        &temporary,
        with_extra
            .replace("from-folder", "x")
            .replace("console.log(extra);", "console.log(extra, 'atomic-save');"),
    )
    .unwrap();
    std::fs::rename(&temporary, &index).unwrap();
    wait_value("the atomic save served", main, |m| {
        m.contains("atomic-save")
    });

    // A rename of a watched file is picked up: `./extra` now resolves to `extra/index.js`.
    let rebuilt = stderr().matches("Rebuilt").count();
    std::fs::rename(
        one.join("src/extra/index.ts"),
        one.join("src/extra/index.js"),
    )
    .unwrap();
    server.wait_until(
        "the rename rebuilt",
        |s| s.matches("Rebuilt").count() > rebuilt,
        Duration::from_secs(10),
    );
    // Hoisted modules carry no ids: the source map names the file the build now read.
    let map = get(
        port,
        "/$pilet-api/0/index.js.map",
        &format!("127.0.0.1:{port}"),
    )
    .2;
    assert!(
        map.contains("src/extra/index.js"),
        "{}",
        &map[..200.min(map.len())]
    );

    // A new file that the existing import now resolves to: `./extra.ts` before `./extra/`.
    std::fs::write(
        one.join("src/extra.ts"),
        "export const extra = 'from-file';\n",
    )
    .unwrap();
    wait_value("the new file served", main, |m| m.contains("from-file"));
    drop(server);

    // `pilet build --watch`: edits rebuild `dist/`; a syntax error leaves it as it was.
    let watch = Server::spawn_until(
        &ctx,
        "pilet",
        &one,
        0,
        &["build", "--watch", "--no-minify"],
        "Watching",
        Duration::from_secs(120),
    );
    let dist = one.join("dist/index.js");
    let read_dist = || std::fs::read_to_string(&dist).unwrap_or_default();
    assert!(read_dist().contains("from-file"));
    std::fs::write(
        one.join("src/extra.ts"),
        "export const extra = 'watched-build';\n",
    )
    .unwrap();
    let good = wait_value("dist rebuilt", read_dist, |d| d.contains("watched-build"));
    std::fs::write(one.join("src/extra.ts"), "export const extra = (;\n").unwrap();
    watch.wait_for("[0174]", Duration::from_secs(20));
    assert_eq!(read_dist(), good);
    std::fs::write(
        one.join("src/extra.ts"),
        "export const extra = 'fixed-build';\n",
    )
    .unwrap();
    wait_value("dist rebuilt after the fix", read_dist, |d| {
        d.contains("fixed-build")
    });
    let pid = watch.child.id().to_string();
    assert!(
        std::process::Command::new("kill")
            .args(["-TERM", &pid])
            .status()
            .unwrap()
            .success()
    );
    let mut watch = watch;
    let start = Instant::now();
    loop {
        if let Some(status) = watch.child.try_wait().unwrap() {
            assert!(status.success(), "{status}");
            break;
        }
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "did not stop on SIGTERM"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// A backend on 127.0.0.1 for the proxy: every request is answered with what it was (method,
/// path, Host, body) as JSON; `/slow` sends its answer in two parts a second apart; a WebSocket
/// upgrade is accepted (RFC 6455 handshake) and everything after it is echoed back.
fn upstream(tls: Option<&Path>) -> crate::common::Service {
    const SERVER: &str = r#"
import base64, hashlib, http.server, json, socketserver, sys, time
class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = 'HTTP/1.1'
    def log_message(self, *args): pass
    def answer(self):
        if self.headers.get('Upgrade', '').lower() == 'websocket':
            key = self.headers['Sec-WebSocket-Key'] + '258EAFA5-E914-47DA-95CA-C5AB0DC85B11'
            accept = base64.b64encode(hashlib.sha1(key.encode()).digest()).decode()
            self.send_response(101)
            self.send_header('Upgrade', 'websocket')
            self.send_header('Connection', 'Upgrade')
            self.send_header('Sec-WebSocket-Accept', accept)
            self.send_header('X-Upstream-Path', self.path)
            self.end_headers()
            self.wfile.flush()
            while True:
                data = self.connection.recv(4096)
                if not data: return
                self.connection.sendall(data)
        length = int(self.headers.get('Content-Length') or 0)
        body = self.rfile.read(length).decode() if length else ''
        if self.path == '/slow':
            self.send_response(200)
            self.send_header('Transfer-Encoding', 'chunked')
            self.end_headers()
            for part in ['first;', 'second']:
                self.wfile.write(b'%x\r\n%s\r\n' % (len(part), part.encode()))
                self.wfile.flush()
                time.sleep(1)
            self.wfile.write(b'0\r\n\r\n')
            return
        out = json.dumps({'method': self.command, 'path': self.path, 'host': self.headers.get('Host'),
                          'origin': self.headers.get('Origin'), 'body': body}).encode()
        self.send_response(200)
        self.send_header('Content-Type', 'application/json')
        self.send_header('Content-Length', str(len(out)))
        self.end_headers()
        self.wfile.write(out)
    do_GET = do_POST = do_PUT = answer
class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
server = Server(('127.0.0.1', int(sys.argv[1])), Handler)
if len(sys.argv) > 2:
    import ssl
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(sys.argv[2] + '/cert.pem', sys.argv[2] + '/key.pem')
    server.socket = context.wrap_socket(server.socket, server_side=True)
server.serve_forever()
"#;
    let port = free_port();
    let mut command = std::process::Command::new("python3");
    command.args(["-c", SERVER, &port.to_string()]);
    if let Some(dir) = tls {
        command.arg(dir);
    }
    crate::common::Service::start(command, port, "the proxy's backend", 10)
}

#[test]
fn mock_injectors_and_the_proxy_answer_before_the_pilet() {
    let ctx = TestContext::new();
    let root = ctx.sample_piral_pilet("mocked");
    let backend = upstream(None);
    // The same backend behind TLS with a self-signed certificate, as development backends are.
    let certs = ctx.path().join("certs");
    std::fs::create_dir_all(&certs).unwrap();
    let status = std::process::Command::new("openssl")
        .args([
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "1",
            "-subj",
            "/CN=127.0.0.1",
        ])
        .arg("-keyout")
        .arg(certs.join("key.pem"))
        .arg("-out")
        .arg(certs.join("cert.pem"))
        .stderr(Stdio::null())
        .status()
        .unwrap();
    assert!(status.success());
    let secure = upstream(Some(&certs));
    let dead = free_port();
    // A package of the project that a mock script requires.
    std::fs::create_dir_all(root.join("node_modules/mock-helper")).unwrap();
    std::fs::write(
        root.join("node_modules/mock-helper/index.js"),
        "exports.name = 'helper from node_modules';\n",
    )
    .unwrap();
    let mocks = root.join("src/mocks");
    std::fs::create_dir_all(&mocks).unwrap();
    let script = r#"const helper = require('mock-helper');
module.exports = function (ctx, req, res) {
  if (req.url.startsWith('/api/config')) {
    return res({
      headers: { 'content-type': 'application/json' },
      content: JSON.stringify({ greeting: process.env.MOCK_GREETING, helper: helper.name, query: req.query, version: 1 }),
    });
  }
  if (req.url === '/api/async') {
    return new Promise((resolve) => setTimeout(() => resolve(res({ statusCode: 201, content: 'later' })), 10));
  }
  if (req.url === '/api/echo' && req.method === 'POST') {
    return res({ content: 'echo:' + req.content });
  }
  if (req.url === '/api/throws') {
    throw new Error('the mock exploded');
  }
  if (req.url === '/api/nothing') {
    return Promise.resolve();
  }
  if (req.url === '/api/exit') {
    process.exit(3);
  }
};
"#;
    std::fs::write(mocks.join("backend.js"), script).unwrap();
    std::fs::write(
        mocks.join("items.json"),
        serde_json::json!([{
            "request": { "url": "/api/items", "method": "GET", "target": "", "query": {} },
            "response": { "status": { "code": 200, "text": "OK" },
                          "headers": { "content-type": "application/json" },
                          "content": "[\"from the json injector\"]" }
        }])
        .to_string(),
    )
    .unwrap();
    std::fs::write(
        mocks.join("recorded.har"),
        serde_json::json!({ "log": { "entries": [{
            "request": { "method": "GET", "url": "https://api.example.test/har/hello?who=you" },
            "response": { "status": 203, "headers": [{ "name": "X-Recorded", "value": "yes" }],
                          "content": { "mimeType": "text/plain", "text": "SGVsbG8gZnJvbSBIQVI=", "encoding": "base64" } }
        }] } })
        .to_string(),
    )
    .unwrap();
    std::fs::write(
        root.join(".krasrc"),
        serde_json::json!({ "map": { "/backend": format!("http://127.0.0.1:{}", backend.port) } })
            .to_string(),
    )
    .unwrap();
    let port = free_port();
    let dead_proxy = format!("/dead=http://127.0.0.1:{dead}");
    let socket_proxy = format!("/socket=ws://127.0.0.1:{}", backend.port);
    let secure_proxy = format!("/secure=https://127.0.0.1:{}", secure.port);
    let secure_socket = format!("/wss=wss://127.0.0.1:{}", secure.port);
    let server = Server::spawn_with_env(
        &ctx,
        "pilet",
        &root,
        port,
        &[
            "debug",
            "--port",
            &port.to_string(),
            "--proxy",
            &dead_proxy,
            "--proxy",
            &socket_proxy,
            "--proxy",
            &secure_proxy,
            "--proxy",
            &secure_socket,
        ],
        &[("MOCK_GREETING", "hello from the environment")],
    );
    let host = format!("127.0.0.1:{port}");
    let json = |body: &str| -> serde_json::Value {
        serde_json::from_str(body).unwrap_or_else(|e| panic!("{e}: {body}"))
    };

    // Script injectors: the environment, the project's packages, the query without `_`.
    let (status, head, body) = get(port, "/api/config?lang=en&_=1234", &host);
    assert_eq!(status, 200, "{head}\n{body}");
    assert!(
        head.to_ascii_lowercase()
            .contains("content-type: application/json"),
        "{head}"
    );
    let config = json(&body);
    assert_eq!(config["greeting"], "hello from the environment");
    assert_eq!(config["helper"], "helper from node_modules");
    assert_eq!(config["query"], serde_json::json!({ "lang": "en" }));
    let (status, _, body) = get(port, "/api/async", &host);
    assert_eq!((status, body.as_str()), (201, "later"));
    let (status, _, body) = http(
        port,
        &format!(
            "POST /api/echo HTTP/1.1\r\nHost: {host}\r\nContent-Length: 4\r\nConnection: close\r\n\r\nping"
        ),
    );
    assert_eq!((status, body.as_str()), (200, "echo:ping"));
    // A throwing script answers 500 with its error, and the server lives on.
    let (status, _, body) = get(port, "/api/throws", &host);
    assert_eq!(status, 500);
    assert!(body.contains("the mock exploded"), "{body}");
    server.wait_for("[0141]", Duration::from_secs(5));
    // JSON and HAR injectors.
    let (status, _, body) = get(port, "/api/items", &host);
    assert_eq!(
        (status, body.as_str()),
        (200, "[\"from the json injector\"]")
    );
    let (status, head, body) = get(port, "/har/hello?who=you", &host);
    assert_eq!((status, body.as_str()), (203, "Hello from HAR"));
    assert!(
        head.to_ascii_lowercase().contains("x-recorded: yes"),
        "{head}"
    );
    // What no injector answers goes to the pilet's routes: the feed and the page.
    let (status, _, body) = get(port, "/api/nothing", &host);
    assert_eq!(status, 200);
    assert!(body.contains("<script"), "{body}");
    let (status, _, body) = get(port, "/$pilet-api", &host);
    assert_eq!(status, 200);
    assert_eq!(json(&body)[0]["name"], "mocked");

    // A script that ends the scripts' process: the request falls through, the next one
    // gets a fresh process.
    let (status, _, _) = get(port, "/api/exit", &host);
    assert_eq!(status, 200);
    let (status, _, body) = get(port, "/api/config", &host);
    assert_eq!(status, 200, "{body}");
    assert_eq!(json(&body)["greeting"], "hello from the environment");

    // An edited script is used at once, without a rebuild of the pilet.
    std::fs::write(
        mocks.join("backend.js"),
        script.replace("version: 1", "version: 2"),
    )
    .unwrap();
    wait_value(
        "the reloaded script",
        || get(port, "/api/config", &host).2,
        |body| body.contains("\"version\":2"),
    );
    assert!(!server.stderr.lock().unwrap().contains("Rebuilt"));

    // The proxy: `map` of .krasrc, the Host rewritten, the Origin not passed on, the body kept.
    let (status, _, body) = http(
        port,
        &format!(
            "PUT /backend/users/7?full=1 HTTP/1.1\r\nHost: {host}\r\nOrigin: http://{host}\r\nContent-Length: 5\r\nConnection: close\r\n\r\nhello"
        ),
    );
    assert_eq!(status, 200, "{body}");
    let echoed = json(&body);
    assert_eq!(echoed["method"], "PUT");
    assert_eq!(echoed["path"], "/users/7?full=1");
    assert_eq!(echoed["host"], format!("127.0.0.1:{}", backend.port));
    assert_eq!(echoed["origin"], serde_json::Value::Null);
    assert_eq!(echoed["body"], "hello");
    // Streamed: the first part arrives before the backend has sent the second.
    let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
    stream
        .write_all(
            format!("GET /backend/slow HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n")
                .as_bytes(),
        )
        .unwrap();
    let started = Instant::now();
    let mut seen = Vec::new();
    while !String::from_utf8_lossy(&seen).contains("first;") {
        let mut chunk = [0u8; 1024];
        let read = stream.read(&mut chunk).unwrap();
        assert!(read > 0, "closed before the first part");
        seen.extend_from_slice(&chunk[..read]);
    }
    assert!(
        started.elapsed() < Duration::from_millis(900),
        "the first part waited for the whole answer"
    );
    // A backend that is not there: 502 and a line on the terminal.
    let (status, _, body) = get(port, "/dead/anything", &host);
    assert_eq!(status, 502);
    assert!(
        body.contains(&format!("127.0.0.1:{dead}/anything")),
        "{body}"
    );
    server.wait_for("[0142]", Duration::from_secs(5));

    // HTTPS backends with a self-signed certificate.
    let (status, _, body) = get(port, "/secure/over-tls", &host);
    assert_eq!(status, 200, "{body}");
    assert_eq!(json(&body)["path"], "/over-tls");

    // WebSockets under a proxied prefix are tunnelled to the backend, plain and over TLS.
    for prefix in ["/socket", "/wss"] {
        let mut socket = TcpStream::connect(("127.0.0.1", port)).unwrap();
        socket
            .set_read_timeout(Some(Duration::from_secs(10)))
            .unwrap();
        socket
            .write_all(
                format!(
                    "GET {prefix}/chat HTTP/1.1\r\nHost: {host}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\
                     Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n"
                )
                .as_bytes(),
            )
            .unwrap();
        let mut head = Vec::new();
        while !head.ends_with(b"\r\n\r\n") {
            let mut byte = [0u8; 1];
            assert_eq!(
                socket.read(&mut byte).unwrap(),
                1,
                "{prefix}: closed during the handshake"
            );
            head.push(byte[0]);
        }
        let head = String::from_utf8_lossy(&head).to_ascii_lowercase();
        assert!(head.starts_with("http/1.1 101"), "{prefix}: {head}");
        assert!(
            head.contains("sec-websocket-accept: s3pplmbitxaq9kygzzhzrbk+xoo="),
            "{head}"
        );
        assert!(head.contains("x-upstream-path: /chat"), "{head}");
        socket.write_all(b"\x81\x05hello").unwrap();
        let mut echo = [0u8; 7];
        socket.read_exact(&mut echo).unwrap();
        assert_eq!(&echo, b"\x81\x05hello", "{prefix}");
    }
}

/// The proof of the mock injectors in a real flow: a shell whose start reads a configuration
/// endpoint (a script injector, with a value from the environment) and a JSON injector hands
/// both to its pilets through `pilets.files`; a pilet made from its emulator shows, under
/// `pilet debug`, what the shell renders with that configuration.
#[test]
fn an_emulators_mock_files_configure_the_pilet_under_debug() {
    let ctx = TestContext::new();
    let output = run(&mut ctx.piral(&["new", "shell", "--vars.feedUrl=/pilets.json"]));
    assert_exit(&output, 0);
    let shell = ctx.path().join("shell");
    std::fs::write(
        shell.join("src/mocks/config.js"),
        "module.exports = function (ctx, req, res) {\n\
         \x20 if (req.url === '/api/config') {\n\
         \x20   return res({ headers: { 'content-type': 'application/json' }, content: JSON.stringify({ title: process.env.SHELL_TITLE }) });\n\
         \x20 }\n\
         };\n",
    )
    .unwrap();
    std::fs::write(
        shell.join("src/mocks/banner.json"),
        serde_json::json!({
            "request": { "url": "/api/banner", "method": "GET", "target": "", "query": {} },
            "response": { "status": { "code": 200, "text": "OK" },
                          "headers": { "content-type": "application/json" },
                          "content": "{\"text\":\"A banner from the JSON injector\"}" }
        })
        .to_string(),
    )
    .unwrap();
    let index = shell.join("src/index.tsx");
    let source = std::fs::read_to_string(&index).unwrap();
    let render_call = "root.render(<Piral instance={instance} />);";
    assert!(source.contains(render_call), "{source}");
    std::fs::write(
        &index,
        source.replace(
            render_call,
            "Promise.all([fetch('/api/config'), fetch('/api/banner')].map((r) => r.then((res) => res.json()))).then(([config, banner]) =>\n\
             \x20 root.render(<><h2>Configured: {config.title}</h2><p>{banner.text}</p><Piral instance={instance} /></>),\n\
             );",
        ),
    )
    .unwrap();
    let output = run(ctx
        .piral(&["build", "--type", "emulator"])
        .current_dir(&shell));
    assert_exit(&output, 0);
    let output = run(&mut ctx.pilet(&[
        "new",
        "./shell/dist/emulator/shell-1.0.0.tgz",
        "--target",
        "pilet",
    ]));
    assert_exit(&output, 0);
    let pilet = ctx.path().join("pilet");
    for file in ["config.js", "banner.json", "backend.js"] {
        assert!(pilet.join("src/mocks").join(file).is_file(), "{file}");
    }

    let port = free_port();
    let server = Server::spawn_with_env(
        &ctx,
        "pilet",
        &pilet,
        port,
        &["debug", "--port", &port.to_string()],
        &[("SHELL_TITLE", "the title from the environment")],
    );
    let report = render(
        Path::new("."),
        &[
            "--url",
            &server.origin(),
            "--expect",
            "Configured: the title from the environment",
            "--expect",
            "A banner from the JSON injector",
            "--expect",
            "Welcome to Piral!",
            "--timeout",
            "60000",
        ],
    );
    assert_eq!(
        report["ok"],
        true,
        "{report:#}\n{}",
        server.stderr.lock().unwrap()
    );
}

/// Ends, when dropped, every process whose command line names a file below the folder (what
/// the old CLI left running there).
struct Leftovers(PathBuf);

impl Drop for Leftovers {
    fn drop(&mut self) {
        let folder = self.0.to_string_lossy().into_owned();
        let Ok(entries) = std::fs::read_dir("/proc") else {
            return;
        };
        for entry in entries.flatten() {
            let Ok(pid) = entry.file_name().to_string_lossy().parse::<u32>() else {
                continue;
            };
            let Ok(cmdline) = std::fs::read(entry.path().join("cmdline")) else {
                continue;
            };
            if String::from_utf8_lossy(&cmdline).contains(&folder) && pid != std::process::id() {
                let _ = std::process::Command::new("kill")
                    .arg(pid.to_string())
                    .status();
            }
        }
    }
}

/// Runs the old CLI's `<name> <args…>` in `dir` and asserts that it succeeded.
#[track_caller]
fn run_old(ctx: &TestContext, name: &str, args: &[&str], dir: &Path) {
    let output = old_cli(ctx, name, args).current_dir(dir).output().unwrap();
    assert!(output.status.success(), "{output:?}");
}

/// Polls `GET /$pilet-api` on `port` until it lists `pilet` (what a shell's page then loads).
fn wait_for_feed(port: u16, pilet: &str, limit: Duration) -> serde_json::Value {
    let start = Instant::now();
    loop {
        if TcpStream::connect(("127.0.0.1", port)).is_ok() {
            let (status, _, body) = get(port, "/$pilet-api", &format!("localhost:{port}"));
            if status == 200
                && let Ok(feed) = serde_json::from_str::<serde_json::Value>(&body)
                && feed.to_string().contains(&format!("\"{pilet}\""))
            {
                return feed;
            }
        }
        assert!(start.elapsed() < limit, "no feed listing {pilet} on {port}");
        std::thread::sleep(Duration::from_millis(200));
    }
}

/// A team switches one developer at a time (issue: drop-in parity, mixed teams). The old CLI
/// (npm piral-cli 1.10.3 with its esbuild plugin) scaffolds, builds and debugs a pilet from an
/// emulator that we built; we do the same with an emulator that it built.
#[test]
fn mixed_teams_build_and_debug_each_others_emulators() {
    let ctx = TestContext::new();
    // The old CLI leaves its build workers running after `pilet build` and `piral build`.
    let _workers = Leftovers(ctx.path().to_path_buf());

    // Ours → the old CLI.
    let output = run(&mut ctx.piral(&["new", "shell", "--npm-client", "npm"]));
    assert_exit(&output, 0);
    let shell = ctx.path().join("shell");
    let output = run(ctx
        .piral(&["build", "--type", "emulator"])
        .current_dir(&shell));
    assert_exit(&output, 0);
    run_old(
        &ctx,
        "pilet",
        &[
            "new",
            "./shell/dist/emulator/shell-1.0.0.tgz",
            "--target",
            "old-pilet",
            "--bundler",
            "esbuild",
            "--npm-client",
            "npm",
        ],
        ctx.path(),
    );
    let old_pilet = ctx.path().join("old-pilet");
    assert!(
        old_pilet
            .join("node_modules/shell/app/index.html")
            .is_file()
    );
    // Its template found the shell's plugins in our declaration (the first `PiletCustomApi
    // extends …` line, as dets wrote it) and uses them.
    let source = std::fs::read_to_string(old_pilet.join("src/index.tsx")).unwrap();
    assert!(
        source.contains("app.registerTile(") && source.contains("app.registerMenu("),
        "{source}"
    );
    run_old(&ctx, "pilet", &["build"], &old_pilet);
    let main = std::fs::read_to_string(old_pilet.join("dist/index.js")).unwrap();
    assert!(main.starts_with("//@pilet v:2("), "{main}");
    let port = free_port();
    let mut debug = old_cli(&ctx, "pilet", &["debug", "--port", &port.to_string()]);
    debug
        .current_dir(&old_pilet)
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    let server = Server {
        child: debug.spawn().unwrap(),
        port,
        stderr: Default::default(),
    };
    let feed = wait_for_feed(port, "old-pilet", Duration::from_secs(120));
    assert!(feed.to_string().contains("\"spec\":\"v2\""), "{feed}");
    // The shell's page, from our emulator package, is what the old server serves.
    let (status, _, page) = get(port, "/", &format!("localhost:{port}"));
    assert_eq!(status, 200);
    assert!(page.contains("<div id=\"app\">"), "{page}");
    let report = render(
        Path::new("."),
        &["--url", &server.origin(), "--expect", "Welcome to Piral!"],
    );
    assert_eq!(report["ok"], true, "{report:#}");
    drop(server);

    // The old CLI → ours.
    run_old(
        &ctx,
        "piral",
        &[
            "new",
            "--target",
            "old-shell",
            "--bundler",
            "esbuild",
            "--npm-client",
            "npm",
        ],
        ctx.path(),
    );
    let old_shell = ctx.path().join("old-shell");
    run_old(&ctx, "piral", &["build", "--type", "emulator"], &old_shell);
    let output = run(&mut ctx.pilet(&[
        "new",
        "./old-shell/dist/emulator/old-shell-1.0.0.tgz",
        "--target",
        "our-pilet",
        "--npm-client",
        "npm",
    ]));
    assert_exit(&output, 0);
    let our_pilet = ctx.path().join("our-pilet");
    let output = run(ctx.pilet(&["build"]).current_dir(&our_pilet));
    assert_exit(&output, 0);
    let main = std::fs::read_to_string(our_pilet.join("dist/index.js")).unwrap();
    assert!(main.starts_with("//@pilet v:2("), "{main}");
    let server = Server::start(&ctx, &our_pilet, &[]);
    let feed = wait_for_feed(server.port, "our-pilet", Duration::from_secs(30));
    assert!(feed.to_string().contains("\"spec\":\"v2\""), "{feed}");
    // The page is the old CLI's emulator, and the pilet renders in it in Chromium.
    let report = render(
        Path::new("."),
        &["--url", &server.origin(), "--expect", "Welcome to Piral!"],
    );
    assert_eq!(report["ok"], true, "{report:#}");
}
