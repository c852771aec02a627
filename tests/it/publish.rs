//! `pilet publish` against a small feed service on 127.0.0.1 that records what arrives and
//! answers as scripted: the old CLI's wire format, status codes, retries, dry runs, secrets.

use std::io::{BufRead as _, BufReader, Read as _, Write as _};
use std::net::TcpListener;
use std::path::Path;
use std::sync::{Arc, Mutex};

use crate::common::{TestContext, assert_exit, run, stderr, stdout};

#[derive(Clone)]
enum Reply {
    Status(u16, &'static str),
    /// Close the connection without an answer.
    Drop,
}

struct Recorded {
    head: String,
    body: Vec<u8>,
}

struct FeedService {
    port: u16,
    requests: Arc<Mutex<Vec<Recorded>>>,
}

fn feed_service(replies: Vec<Reply>) -> FeedService {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let requests = Arc::new(Mutex::new(Vec::new()));
    let recorded = requests.clone();
    std::thread::spawn(move || {
        let mut replies = replies.into_iter();
        let mut last = Reply::Status(200, "{\"success\":true}");
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            let mut reader = BufReader::new(stream.try_clone().unwrap());
            let mut head = String::new();
            loop {
                let mut line = String::new();
                if reader.read_line(&mut line).unwrap_or(0) == 0 || line == "\r\n" {
                    break;
                }
                head.push_str(&line);
            }
            let lower = head.to_ascii_lowercase();
            let length = lower.lines().find_map(|l| {
                l.strip_prefix("content-length:")
                    .map(|v| v.trim().parse::<usize>().unwrap_or(0))
            });
            let mut body = Vec::new();
            if let Some(length) = length {
                body.resize(length, 0);
                reader.read_exact(&mut body).unwrap();
            } else if lower.contains("transfer-encoding: chunked") {
                loop {
                    let mut size = String::new();
                    reader.read_line(&mut size).unwrap();
                    let size = usize::from_str_radix(size.trim(), 16).unwrap_or(0);
                    let mut chunk = vec![0; size + 2];
                    reader.read_exact(&mut chunk).unwrap();
                    if size == 0 {
                        break;
                    }
                    body.extend_from_slice(&chunk[..size]);
                }
            }
            recorded.lock().unwrap().push(Recorded { head, body });
            let reply = replies.next().unwrap_or(last.clone());
            last = reply.clone();
            match reply {
                Reply::Drop => drop(stream),
                Reply::Status(status, text) => {
                    let reason = match status {
                        200 => "OK",
                        401 => "Unauthorized",
                        409 => "Conflict",
                        500 => "Internal Server Error",
                        503 => "Service Unavailable",
                        _ => "Other",
                    };
                    let _ = write!(
                        stream,
                        "HTTP/1.1 {status} {reason}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{text}",
                        text.len()
                    );
                }
            }
        }
    });
    FeedService { port, requests }
}

/// A packed pilet in `dir`; returns the tarball's bytes.
fn packed_pilet(ctx: &TestContext) -> Vec<u8> {
    ctx.write(
        "p/package.json",
        r#"{"name":"my-pilet","version":"1.0.1","main":"dist/index.js","priority":3}"#,
    );
    ctx.write("p/dist/index.js", "//@pilet v:2(pr_mypilet,{})\nSystem.register([],function(){return{execute:function(){}}});\n");
    assert_exit(
        &run(ctx.pilet(&["pack"]).current_dir(ctx.path().join("p"))),
        0,
    );
    std::fs::read(ctx.path().join("p/my-pilet-1.0.1.tgz")).unwrap()
}

fn url(service: &FeedService) -> String {
    format!("http://127.0.0.1:{}/api/v1/pilet", service.port)
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

#[test]
fn publishes_with_the_old_wire_format_and_never_prints_the_key() {
    let ctx = TestContext::new();
    let tgz = packed_pilet(&ctx);
    let service = feed_service(vec![Reply::Status(200, "{\"success\":true}")]);
    let root = ctx.path().join("p");
    let output = run(ctx
        .pilet(&[
            "publish",
            "--url",
            &url(&service),
            "--api-key",
            "c0ffee42",
            "--fields.tag",
            "next",
            "--headers.x-foo",
            "bar",
            "-v",
            "--json",
        ])
        .current_dir(&root));
    assert_exit(&output, 0);
    assert!(
        !stdout(&output).contains("c0ffee42") && !stderr(&output).contains("c0ffee42"),
        "the key leaked"
    );
    assert!(
        stderr(&output).contains("[0067] HTTP: {\"success\":true}"),
        "{}",
        stderr(&output)
    );
    let doc: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(doc["published"][0]["status"], 200);

    let requests = service.requests.lock().unwrap();
    assert_eq!(requests.len(), 1);
    let request = &requests[0];
    let head = request.head.to_ascii_lowercase();
    assert!(
        request.head.starts_with("POST /api/v1/pilet HTTP/1.1\r\n"),
        "{}",
        request.head
    );
    assert!(
        head.contains("authorization: basic c0ffee42\r\n"),
        "{}",
        request.head
    );
    assert!(head.contains("user-agent: piral-cli/http.node-linux\r\n"));
    assert!(head.contains("x-foo: bar\r\n"));
    assert!(head.contains("content-type: multipart/form-data; boundary="));
    let tag = find(&request.body, b"name=\"tag\"").expect("the field");
    let file =
        find(&request.body, b"name=\"file\"; filename=\"pilet.tgz\"").expect("the file part");
    assert!(tag < file, "fields come before the file");
    // The pilet's declared `priority` goes along as a field.
    assert!(
        find(&request.body, b"name=\"priority\"\r\n\r\n3\r\n").is_some(),
        "{}",
        String::from_utf8_lossy(&request.body[..tag + 200])
    );
    assert!(
        find(&request.body, &tgz).is_some(),
        "the tarball's bytes, unchanged"
    );
}

#[test]
fn refusals_have_the_old_codes() {
    let ctx = TestContext::new();
    packed_pilet(&ctx);
    let root = ctx.path().join("p");
    let service = feed_service(vec![Reply::Status(
        401,
        "{\"success\":false,\"message\":\"Invalid API key supplied.\"}",
    )]);
    let output = run(ctx
        .pilet(&["publish", "--url", &url(&service), "--api-key", "wrong"])
        .current_dir(&root));
    assert_exit(&output, 1);
    let err = stderr(&output);
    assert!(err.contains("[0066] Failed to upload: Unauthorized (401). Received: {\"success\":false,\"message\":\"Invalid API key supplied.\"}"), "{err}");
    assert!(
        err.contains("[0062] Could not upload \"my-pilet-1.0.1.tgz\" to feed service."),
        "{err}"
    );
    assert!(
        err.contains("[0064] Failed to upload some pilet(s)!"),
        "{err}"
    );
    assert_eq!(
        service.requests.lock().unwrap().len(),
        1,
        "4xx is never retried"
    );

    let service = feed_service(vec![Reply::Status(
        409,
        "{\"success\":false,\"message\":\"exists\"}",
    )]);
    let output = run(ctx
        .pilet(&["publish", "--url", &url(&service)])
        .current_dir(&root));
    assert_exit(&output, 1);
    assert!(stderr(&output).contains("[0162]"), "{}", stderr(&output));

    let service = feed_service(vec![Reply::Status(500, "{}")]);
    let output = run(ctx
        .pilet(&["publish", "--url", &url(&service)])
        .current_dir(&root));
    assert_exit(&output, 1);
    assert!(stderr(&output).contains("[0065]"));
    assert_eq!(service.requests.lock().unwrap().len(), 1, "500 is final");
}

#[test]
fn transient_failures_are_retried() {
    let ctx = TestContext::new();
    packed_pilet(&ctx);
    let root = ctx.path().join("p");
    let service = feed_service(vec![
        Reply::Drop,
        Reply::Drop,
        Reply::Status(200, "{\"success\":true}"),
    ]);
    let output = run(ctx
        .pilet(&["publish", "--url", &url(&service), "--api-key", "k"])
        .current_dir(&root));
    assert_exit(&output, 0);
    assert_eq!(service.requests.lock().unwrap().len(), 3);
    assert!(
        stderr(&output).contains("trying again (2 of 3)"),
        "{}",
        stderr(&output)
    );

    let service = feed_service(vec![
        Reply::Status(503, "{}"),
        Reply::Status(200, "{\"success\":true}"),
    ]);
    let output = run(ctx
        .pilet(&["publish", "--url", &url(&service)])
        .current_dir(&root));
    assert_exit(&output, 0);
    assert_eq!(service.requests.lock().unwrap().len(), 2);
}

#[test]
fn dry_runs_and_missing_inputs() {
    let ctx = TestContext::new();
    packed_pilet(&ctx);
    let root = ctx.path().join("p");
    let service = feed_service(vec![]);
    let output = run(ctx
        .pilet(&[
            "publish",
            "--url",
            &url(&service),
            "--api-key",
            "secret-key",
            "--dry-run",
            "--json",
        ])
        .current_dir(&root));
    assert_exit(&output, 0);
    assert!(
        service.requests.lock().unwrap().is_empty(),
        "a dry run sends nothing"
    );
    let doc: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(doc["published"][0]["authorization"], "basic ****");
    assert!(!stdout(&output).contains("secret-key"));

    let output = run(ctx.pilet(&["publish"]).current_dir(&root));
    assert_exit(&output, 1);
    assert!(stderr(&output).contains("[0060] Missing pilet feed service URL."));
    let empty = ctx.path().join("empty");
    std::fs::create_dir_all(&empty).unwrap();
    let output = run(ctx
        .pilet(&["publish", "--url", &url(&service)])
        .current_dir(Path::new(&empty)));
    assert_exit(&output, 1);
    assert!(stderr(&output).contains("[0061]"));

    // The URL and key may come from .piralrc.
    ctx.write(
        "p/.piralrc",
        format!(
            "{{\"url\": \"{}\", \"apiKeys\": {{\"{}\": \"from-rc\"}}}}",
            url(&service),
            url(&service)
        ),
    );
    let output = run(ctx.pilet(&["publish"]).current_dir(&root));
    assert_exit(&output, 0);
    let requests = service.requests.lock().unwrap();
    assert!(
        requests[0]
            .head
            .to_ascii_lowercase()
            .contains("authorization: basic from-rc\r\n")
    );
}

/// npm's `sample-pilet-service` (the reference feed), bound to 127.0.0.1; killed when dropped.
fn sample_feed(dir: &Path, key: &str) -> crate::common::Service {
    let e2e = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/e2e");
    let port = crate::common::free_port();
    let mut command = std::process::Command::new("node");
    command
        .arg("-r")
        .arg(e2e.join("bind-loopback.cjs"))
        .arg(e2e.join("node_modules/sample-pilet-service/dist/cli.js"))
        .env("PORT", port.to_string())
        .env("PILET_API_KEYS", key)
        .env("PILETS_SNAPSHOT", dir.join("snapshot"))
        .current_dir(dir);
    crate::common::Service::start(command, port, "sample-pilet-service", 20)
}

fn listed(port: u16) -> serde_json::Value {
    let mut stream = std::net::TcpStream::connect(("127.0.0.1", port)).unwrap();
    write!(
        stream,
        "GET /api/v1/pilet HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut text = String::new();
    stream.read_to_string(&mut text).unwrap();
    let body = text.split_once("\r\n\r\n").map(|(_, b)| b).unwrap_or("");
    serde_json::from_str(body).unwrap_or_else(|e| panic!("{e}: {text}"))
}

#[test]
fn publishes_to_the_real_sample_pilet_service() {
    let ctx = TestContext::new();
    let output = run(&mut ctx.pilet(&[
        "new",
        "sample-piral@1.11.0",
        "--target",
        "my-pilet",
        "--npm-client",
        "npm",
    ]));
    assert_exit(&output, 0);
    let root = ctx.path().join("my-pilet");
    let feed = sample_feed(ctx.path(), "c0ffee");
    let url = format!("http://127.0.0.1:{}/api/v1/pilet", feed.port);

    // A wrong key: refused, and nothing is listed.
    let output = run(ctx
        .pilet(&["publish", "--fresh", "--url", &url, "--api-key", "badbad"])
        .current_dir(&root));
    assert_exit(&output, 1);
    assert!(
        stderr(&output).contains("[0066] Failed to upload: Unauthorized (401)"),
        "{}",
        stderr(&output)
    );
    assert!(stderr(&output).contains("[0064]"));
    assert_eq!(listed(feed.port)["items"], serde_json::json!([]));

    // The right key: listed with exactly the feed's keys.
    let output = run(ctx
        .pilet(&[
            "publish",
            "my-pilet-1.0.0.tgz",
            "--url",
            &url,
            "--api-key",
            "c0ffee",
        ])
        .current_dir(&root));
    assert_exit(&output, 0);
    let items = listed(feed.port);
    let item = items["items"][0].as_object().unwrap();
    let mut keys: Vec<&str> = item.keys().map(String::as_str).collect();
    keys.sort_unstable();
    assert_eq!(
        keys,
        [
            "dependencies",
            "integrity",
            "link",
            "name",
            "requireRef",
            "spec",
            "version"
        ]
    );
    assert_eq!(item["name"], "my-pilet");
    assert_eq!(item["spec"], "v2");
    assert_eq!(item["requireRef"], "pr_mypilet");
    assert!(item["integrity"].as_str().unwrap().starts_with("sha256-"));

    // The same tarball published to a folder: its feed.json item agrees with the reference
    // feed service on everything but where the files are.
    let folder = format!("file://{}", ctx.path().join("static-feed").display());
    let output = run(ctx
        .pilet(&["publish", "my-pilet-1.0.0.tgz", "--to", &folder])
        .current_dir(&root));
    assert_exit(&output, 0);
    let ours = ctx.json("static-feed/feed.json");
    for key in [
        "name",
        "version",
        "spec",
        "requireRef",
        "integrity",
        "dependencies",
    ] {
        assert_eq!(ours["items"][0][key], item[key], "{key}");
    }

    // The same version again: [0162].
    let output = run(ctx
        .pilet(&["publish", "--url", &url, "--api-key", "c0ffee"])
        .current_dir(&root));
    assert_exit(&output, 1);
    assert!(stderr(&output).contains("[0162]"), "{}", stderr(&output));
}

#[test]
fn piral_publish_release_and_emulator() {
    let ctx = TestContext::new();
    ctx.write(
        "shell/package.json",
        r#"{"name":"my-shell","version":"2.3.4","app":"./src/index.html"}"#,
    );
    ctx.write("shell/src/index.html", "<html></html>");
    ctx.write("shell/dist/release/index.html", "<html>release</html>");
    ctx.write("shell/dist/release/assets/logo.svg", "<svg/>");
    let shell = ctx.path().join("shell");

    // The release: one POST with `version`, `type` and a part per file, named by its path.
    let service = feed_service(vec![Reply::Status(200, "{\"success\":true}")]);
    let output = run(ctx
        .piral(&[
            "publish",
            "--type",
            "release",
            "--url",
            &url(&service),
            "--api-key",
            "rel3a5e",
        ])
        .current_dir(&shell));
    assert_exit(&output, 0);
    {
        let requests = service.requests.lock().unwrap();
        let body = &requests[0].body;
        assert!(
            requests[0]
                .head
                .to_ascii_lowercase()
                .contains("authorization: basic rel3a5e\r\n")
        );
        let version = find(body, b"name=\"version\"").unwrap();
        assert!(find(&body[version..], b"2.3.4").is_some());
        assert!(find(body, b"name=\"type\"").is_some() && find(body, b"custom").is_some());
        assert!(find(body, b"name=\"index.html\"; filename=\"index.html\"").is_some());
        let at = find(body, b"logo.svg").expect("the asset part");
        let around = String::from_utf8_lossy(&body[at.saturating_sub(60)..at + 40]).into_owned();
        assert!(
            find(body, b"name=\"assets/logo.svg\"; filename=\"logo.svg\"").is_some(),
            "{around}"
        );
        assert!(find(body, b"<html>release</html>").is_some());
    }
    let failing = feed_service(vec![Reply::Status(401, "{}")]);
    let output = run(ctx
        .piral(&["publish", "--type", "release", "--url", &url(&failing)])
        .current_dir(&shell));
    assert_exit(&output, 1);
    assert!(
        stderr(&output).contains("[0066]") && stderr(&output).contains("[0064]"),
        "{}",
        stderr(&output)
    );

    // The emulator: `npm publish` of the one tarball, the token for this registry only.
    let output = run(ctx
        .piral(&["publish", "--url", &url(&service)])
        .current_dir(&shell));
    assert_exit(&output, 1);
    assert!(stderr(&output).contains("[0111]"), "{}", stderr(&output));
    std::fs::create_dir_all(shell.join("dist/emulator")).unwrap();
    std::fs::write(
        shell.join("dist/emulator/my-shell-2.3.4.tgz"),
        crate::common::tgz(&[(
            "package/package.json",
            br#"{"name":"my-shell","version":"2.3.4"}"#,
        )]),
    )
    .unwrap();
    let registry = feed_service(vec![Reply::Status(201, "{\"ok\":true}")]);
    let registry_url = format!("http://127.0.0.1:{}/", registry.port);
    let output = run(ctx
        .piral(&[
            "publish",
            "--url",
            &registry_url,
            "--api-key",
            "npm-token-1",
        ])
        .current_dir(&shell));
    assert_exit(&output, 0);
    assert!(!stderr(&output).contains("npm-token-1") && !stdout(&output).contains("npm-token-1"));
    let requests = registry.requests.lock().unwrap();
    let put = requests
        .iter()
        .find(|r| r.head.starts_with("PUT /my-shell "))
        .expect("npm sent the package");
    assert!(
        put.head
            .to_ascii_lowercase()
            .contains("authorization: bearer npm-token-1\r\n"),
        "{}",
        put.head
    );
    assert!(
        !shell.join(".npmrc").exists(),
        "the token is not written to disk"
    );
    drop(requests);

    // A website emulator (emulator.json in the output): every file in one POST with the
    // version of emulator.json, or to blob storage below that version.
    std::fs::remove_file(shell.join("dist/emulator/my-shell-2.3.4.tgz")).unwrap();
    ctx.write(
        "shell/dist/emulator/emulator.json",
        r#"{"name":"my-shell"}"#,
    );
    let output = run(ctx
        .piral(&["publish", "--url", &url(&service)])
        .current_dir(&shell));
    assert_exit(&output, 1);
    assert!(stderr(&output).contains("[0130]"), "{}", stderr(&output));
    ctx.write(
        "shell/dist/emulator/emulator.json",
        r#"{"name":"my-shell","version":"2.3.5"}"#,
    );
    ctx.write("shell/dist/emulator/index.html", "<html>emulator</html>");
    let website = feed_service(vec![Reply::Status(200, "{}")]);
    let output = run(ctx
        .piral(&["publish", "--url", &url(&website)])
        .current_dir(&shell));
    assert_exit(&output, 0);
    {
        let requests = website.requests.lock().unwrap();
        let body = &requests[0].body;
        let version = find(body, b"name=\"version\"").unwrap();
        assert!(find(&body[version..], b"2.3.5").is_some());
        assert!(find(body, b"name=\"emulator.json\"; filename=\"emulator.json\"").is_some());
        assert!(find(body, b"<html>emulator</html>").is_some());
    }
    let to = format!("file://{}", ctx.path().join("site").display());
    let output = run(ctx.piral(&["publish", "--to", &to]).current_dir(&shell));
    assert_exit(&output, 0);
    assert_eq!(ctx.read("site/2.3.5/index.html"), "<html>emulator</html>");
    ctx.write("shell/piral.json", r#"{"emulator":"sources"}"#);
    let output = run(ctx
        .piral(&["publish", "--url", &url(&website)])
        .current_dir(&shell));
    assert_exit(&output, 1);
    assert!(stderr(&output).contains("[0114]"), "{}", stderr(&output));
}

/// A string that lives as long as the test (the scripted replies take `&'static str`).
fn leak(text: String) -> &'static str {
    Box::leak(text.into_boxed_str())
}

#[test]
fn interactive_login_then_publishes() {
    let ctx = TestContext::new();
    packed_pilet(&ctx);
    let root = ctx.path().join("p");
    // The callback answers "not yet", then the token; the login service points at it; the feed
    // refuses the key and offers the login.
    let callback = feed_service(vec![
        Reply::Status(202, "{}"),
        Reply::Status(200, "{\"mode\":\"bearer\",\"token\":\"t0ken99\"}"),
    ]);
    let login = feed_service(vec![Reply::Status(
        200,
        leak(format!(
            "{{\"loginUrl\":\"http://127.0.0.1:9/login\",\"callbackUrl\":\"http://127.0.0.1:{}/cb\",\"expires\":0}}",
            callback.port
        )),
    )]);
    let feed = feed_service(vec![
        Reply::Status(
            401,
            leak(format!(
                "{{\"success\":false,\"interactiveAuth\":\"http://127.0.0.1:{}/auth\"}}",
                login.port
            )),
        ),
        Reply::Status(200, "{\"success\":true}"),
    ]);
    // `--open` hands the link to the browser opener (here a stand-in that notes what it got).
    let opened = ctx.path().join("opened.txt");
    ctx.write(
        "bin/xdg-open",
        format!("#!/bin/sh\necho \"$1\" > '{}'\n", opened.display()),
    );
    {
        use std::os::unix::fs::PermissionsExt as _;
        std::fs::set_permissions(
            ctx.path().join("bin/xdg-open"),
            std::fs::Permissions::from_mode(0o755),
        )
        .unwrap();
    }
    let path = format!(
        "{}:{}",
        ctx.path().join("bin").display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let output = run(ctx
        .pilet(&[
            "publish",
            "--url",
            &url(&feed),
            "--api-key",
            "stale",
            "--interactive",
            "--open",
            "--login-poll-ms",
            "10",
        ])
        .env("PATH", &path)
        .current_dir(&root));
    assert_exit(&output, 0);
    assert!(
        stderr(&output).contains("log in at http://127.0.0.1:9/login"),
        "{}",
        stderr(&output)
    );
    let start = std::time::Instant::now();
    while !opened.exists() && start.elapsed() < std::time::Duration::from_secs(5) {
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    assert_eq!(
        std::fs::read_to_string(&opened).unwrap_or_default().trim(),
        "http://127.0.0.1:9/login",
        "the login link was opened"
    );
    assert!(
        !stderr(&output).contains("t0ken99"),
        "the token is never printed"
    );
    let login_requests = login.requests.lock().unwrap();
    assert!(login_requests[0].head.starts_with("POST /auth "));
    assert!(
        String::from_utf8_lossy(&login_requests[0].body).contains("\"clientId\":\"piral-cli\"")
    );
    assert_eq!(
        callback.requests.lock().unwrap().len(),
        2,
        "polled until the login finished"
    );
    let feed_requests = feed.requests.lock().unwrap();
    assert_eq!(feed_requests.len(), 2);
    assert!(
        feed_requests[1]
            .head
            .to_ascii_lowercase()
            .contains("authorization: bearer t0ken99\r\n")
    );

    // Without --interactive the refusal is final.
    let feed = feed_service(vec![Reply::Status(
        401,
        "{\"interactiveAuth\":\"http://127.0.0.1:9/auth\"}",
    )]);
    let output = run(ctx
        .pilet(&["publish", "--url", &url(&feed)])
        .current_dir(&root));
    assert_exit(&output, 1);
}
