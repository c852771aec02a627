//! Publishing to blob storage (`--to`): a folder (`file://`) and Azure Blob Storage, played by
//! the real Azurite from npm. The feed document, immutable versions, conditional writes under
//! concurrent publishers, and a release upload that is killed midway and then completed.

use std::process::{Output, Stdio};

use serde_json::Value;

use crate::common::{Azurite, TestContext, assert_exit, run, stderr, stdout};

/// A packed pilet named `name` below `<name>/`; returns the tarball's path, relative.
fn pilet(ctx: &TestContext, name: &str, version: &str) -> String {
    pilet_saying(ctx, name, version, "")
}

/// [`pilet`] whose main file ends in a comment with `words` (other bytes, other integrity).
fn pilet_saying(ctx: &TestContext, name: &str, version: &str, words: &str) -> String {
    ctx.write(
        &format!("{name}/package.json"),
        format!(r#"{{"name":"{name}","version":"{version}","main":"dist/index.js"}}"#),
    );
    let reference = format!("pr_{}", name.replace('-', ""));
    ctx.write(
        &format!("{name}/dist/index.js"),
        format!("//@pilet v:2({reference},{{\"lib@1.0.0\":\"lib.js\"}})\nSystem.register([],function(){{return{{execute:function(){{}}}}}});\n// {words}\n"),
    );
    ctx.write(&format!("{name}/dist/lib.js"), "export default 1;\n");
    assert_exit(
        &run(ctx
            .pilet(&["pack", "-q"])
            .current_dir(ctx.path().join(name))),
        0,
    );
    format!("{name}/{name}-{version}.tgz")
}

/// 20 MiB that do not compress: a file that goes up in parts.
fn big_file() -> Vec<u8> {
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    (0..20 << 20)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state >> 24) as u8
        })
        .collect()
}

fn output(command: &mut std::process::Command) -> Output {
    command.output().expect("the command starts")
}

fn items(feed: &Value) -> Vec<(String, String)> {
    let mut listed: Vec<(String, String)> = feed["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|item| {
            (
                item["name"].as_str().unwrap().to_string(),
                item["version"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    listed.sort();
    listed
}

#[test]
fn pilets_publish_to_a_folder_as_a_static_feed() {
    let ctx = TestContext::new();
    let a = pilet(&ctx, "pilet-a", "1.0.0");
    let to = format!("file://{}", ctx.path().join("feed").display());

    // A dry run writes nothing.
    let out = run(&mut ctx.pilet(&["publish", &a, "--to", &to, "--dry-run"]));
    assert_exit(&out, 0);
    assert!(stderr(&out).contains("Would upload"), "{}", stderr(&out));
    assert!(!ctx.path().join("feed/feed.json").exists());

    let out = run(&mut ctx.pilet(&[
        "publish",
        &a,
        "--to",
        &to,
        "--public-url",
        "https://cdn.example/pilets/",
        "--json",
    ]));
    assert_exit(&out, 0);
    let report: Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(report["published"][0]["uploaded"], 3);
    // The files are unpacked below <name>/<version>/, the feed lists the pilet with its CDN URLs.
    assert_eq!(
        ctx.read("feed/pilet-a/1.0.0/dist/lib.js"),
        "export default 1;\n"
    );
    let feed = ctx.json("feed/feed.json");
    let item = &feed["items"][0];
    assert_eq!(
        item["link"],
        "https://cdn.example/pilets/pilet-a/1.0.0/dist/index.js"
    );
    assert_eq!(item["spec"], "v2");
    assert_eq!(item["requireRef"], "pr_pileta");
    assert_eq!(
        item["dependencies"]["lib@1.0.0"],
        "https://cdn.example/pilets/pilet-a/1.0.0/dist/lib.js"
    );
    let main = std::fs::read(ctx.path().join("feed/pilet-a/1.0.0/dist/index.js")).unwrap();
    let digest = {
        use base64::Engine as _;
        use sha2::Digest as _;
        base64::engine::general_purpose::STANDARD.encode(sha2::Sha256::digest(&main))
    };
    assert_eq!(item["integrity"], format!("sha256-{digest}"));

    // The same files again: nothing is sent twice, the feed stays as it is (what a rerun
    // after a failure relies on).
    let cdn = ["--public-url", "https://cdn.example/pilets/"];
    let out = run(ctx.pilet(&["publish", &a, "--to", &to]).args(cdn));
    assert_exit(&out, 0);
    assert!(
        stderr(&out).contains("Unchanged")
            && stderr(&out).contains("0 uploaded (0 bytes), 3 already there"),
        "nothing is sent twice: {}",
        stderr(&out)
    );
    // Published versions are immutable: other files under the same version are [0162],
    // unless --force.
    let changed = pilet_saying(&ctx, "pilet-a", "1.0.0", "changed");
    let out = run(ctx.pilet(&["publish", &changed, "--to", &to]).args(cdn));
    assert_exit(&out, 1);
    assert!(
        stderr(&out).contains("[0162]") && stderr(&out).contains("[0064]"),
        "{}",
        stderr(&out)
    );
    let out = run(ctx
        .pilet(&["publish", &changed, "--to", &to, "--force"])
        .args(cdn));
    assert_exit(&out, 0);
    assert!(
        stderr(&out).contains("1 uploaded") && stderr(&out).contains("2 already there"),
        "only the changed file is sent: {}",
        stderr(&out)
    );

    // Six publishers at once, each with another pilet: every one ends up in the feed.
    let tarballs: Vec<String> = (1..=6)
        .map(|i| pilet(&ctx, &format!("pilet-c{i}"), "2.0.0"))
        .collect();
    let children: Vec<_> = tarballs
        .iter()
        .map(|tarball| {
            ctx.std_command("pilet", &["publish", tarball, "--to", &to])
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for child in children {
        let out = child.wait_with_output().unwrap();
        assert_exit(&out, 0);
    }
    let listed = items(&ctx.json("feed/feed.json"));
    assert_eq!(listed.len(), 7, "{listed:?}");

    // Bad targets are coded errors.
    for bad in ["ftp://host/x", "az://", "not a url"] {
        let out = run(&mut ctx.pilet(&["publish", &a, "--to", bad]));
        assert_exit(&out, 1);
        assert!(stderr(&out).contains("[0117]"), "{bad}: {}", stderr(&out));
    }
}

#[test]
fn pilets_and_releases_publish_to_azurite() {
    let azurite = Azurite::start();
    let ctx = TestContext::new();
    let to = "az://site/pilets";

    // Without the container: a coded error that says so.
    let a = pilet(&ctx, "pilet-a", "1.0.0");
    let out = output(azurite.env(&mut ctx.std_command("pilet", &["publish", &a, "--to", to])));
    assert_exit(&out, 1);
    assert!(stderr(&out).contains("[0118]"), "{}", stderr(&out));

    // Two publishers at once, into a new container: both end up in feed.json.
    let b = pilet(&ctx, "pilet-b", "1.0.0");
    let children: Vec<_> = [&a, &b]
        .iter()
        .map(|tarball| {
            azurite
                .env(&mut ctx.std_command(
                    "pilet",
                    &["publish", tarball, "--to", to, "--create-container"],
                ))
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for child in children {
        assert_exit(&child.wait_with_output().unwrap(), 0);
    }
    let http = reqwest::blocking::Client::new();
    let base = format!("{}/site/pilets", azurite.account_url());
    let response = http.get(format!("{base}/feed.json")).send().unwrap();
    assert_eq!(response.status(), 200, "anyone may read the feed");
    assert_eq!(response.headers()["cache-control"], "no-cache");
    let feed: Value = serde_json::from_slice(&response.bytes().unwrap()).unwrap();
    assert_eq!(
        items(&feed),
        [
            ("pilet-a".to_string(), "1.0.0".to_string()),
            ("pilet-b".to_string(), "1.0.0".to_string())
        ]
    );
    let link = feed["items"][0]["link"].as_str().unwrap();
    assert!(link.starts_with(&base), "{link}");
    let response = http.get(link).send().unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(
        response.headers()["content-type"],
        "text/javascript; charset=utf-8"
    );
    assert_eq!(
        response.headers()["cache-control"],
        "public, max-age=31536000, immutable"
    );

    let changed = pilet_saying(&ctx, "pilet-a", "1.0.0", "changed");
    let out =
        output(azurite.env(&mut ctx.std_command("pilet", &["publish", &changed, "--to", to])));
    assert_exit(&out, 1);
    assert!(stderr(&out).contains("[0162]"), "{}", stderr(&out));

    // A large file goes up in parts and arrives whole.
    let big = big_file();
    ctx.write("pilet-big/dist/big.bin", &big);
    let tarball = pilet(&ctx, "pilet-big", "1.0.0");
    let out =
        output(azurite.env(&mut ctx.std_command("pilet", &["publish", &tarball, "--to", to])));
    assert_exit(&out, 0);
    let response = http
        .get(format!("{base}/pilet-big/1.0.0/dist/big.bin"))
        .send()
        .unwrap();
    assert_eq!(response.status(), 200);
    assert!(response.bytes().unwrap().as_ref() == big.as_slice());

    // A release of 200 files, killed after its first upload: the page is not there yet.
    ctx.write(
        "shell/package.json",
        r#"{"name":"shell","version":"3.1.0","app":"src/index.html"}"#,
    );
    ctx.write("shell/dist/release/index.html", "<h1>release</h1>\n");
    for i in 0..200 {
        ctx.write(
            &format!("shell/dist/release/assets/chunk{i}.{:08x}.js", 0xab00 + i),
            format!("/* {i} */ {}", "x".repeat(20_000)),
        );
    }
    let shell = ctx.path().join("shell");
    let args = [
        "publish",
        "--type",
        "release",
        "--to",
        "az://site/shell",
        "--create-container",
        "--concurrency",
        "1",
        "-v",
    ];
    let mut command = ctx.std_command("piral", &args);
    let mut child = azurite
        .env(&mut command)
        .current_dir(&shell)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut lines = std::io::BufRead::lines(std::io::BufReader::new(child.stderr.take().unwrap()));
    let first = lines
        .by_ref()
        .map_while(Result::ok)
        .find(|line| line.contains("Uploaded"));
    assert!(first.is_some(), "the release upload started");
    child.kill().unwrap();
    child.wait().unwrap();
    let page = format!("{}/site/shell/3.1.0/index.html", azurite.account_url());
    assert_eq!(
        http.get(&page).send().unwrap().status(),
        404,
        "the page is uploaded last"
    );

    // The re-run finishes the job without sending again what is already there.
    let mut rerun = args[..args.len() - 1].to_vec();
    rerun.extend(["--public-url", "https://cdn.example/shell/"]);
    let out = output(
        azurite
            .env(&mut ctx.std_command("piral", &rerun))
            .current_dir(&shell),
    );
    assert_exit(&out, 0);
    let text = stderr(&out);
    assert!(
        text.contains("at https://cdn.example/shell/3.1.0/index.html"),
        "{text}"
    );
    let summary = text
        .lines()
        .find(|line| line.contains("Published"))
        .unwrap_or_else(|| panic!("{text}"));
    let already: usize = summary
        .split(" already there")
        .next()
        .and_then(|s| s.rsplit(' ').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("{summary}"));
    assert!((1..201).contains(&already), "{summary}");
    let response = http.get(&page).send().unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["cache-control"], "no-cache");
    assert_eq!(
        response.headers()["content-type"],
        "text/html; charset=utf-8"
    );
    let chunk = format!(
        "{}/site/shell/3.1.0/assets/chunk199.{:08x}.js",
        azurite.account_url(),
        0xab00 + 199
    );
    assert_eq!(http.get(&chunk).send().unwrap().status(), 200);
}

#[test]
fn pilets_publish_to_s3() {
    let moto = crate::common::Moto::start();
    let ctx = TestContext::new();
    // Endpoint and plain HTTP from .piralrc's `storage`, the keys from AWS_* variables.
    ctx.write(
        ".piralrc",
        format!(
            r#"{{"storage":{{"aws_endpoint":"{}","aws_allow_http":true,"aws_region":"us-east-1"}}}}"#,
            moto.endpoint
        ),
    );
    let tarballs: Vec<String> = ["s3-a", "s3-b", "s3-c"]
        .iter()
        .map(|name| pilet(&ctx, name, "1.0.0"))
        .collect();
    let with_keys = |command: &mut std::process::Command| {
        command
            .env("AWS_ACCESS_KEY_ID", "test")
            .env("AWS_SECRET_ACCESS_KEY", "test")
            .stdout(Stdio::null())
            .stderr(Stdio::piped());
    };
    // The bucket does not exist yet: `--create-container` makes it (a signed CreateBucket).
    let mut command = ctx.std_command(
        "pilet",
        &[
            "publish",
            &tarballs[0],
            "--to",
            "s3://pilets/feed",
            "--create-container",
        ],
    );
    with_keys(&mut command);
    assert_exit(&command.output().unwrap(), 0);
    let children: Vec<_> = tarballs[1..]
        .iter()
        .map(|tarball| {
            let mut command =
                ctx.std_command("pilet", &["publish", tarball, "--to", "s3://pilets/feed"]);
            with_keys(&mut command);
            command.spawn().unwrap()
        })
        .collect();
    for child in children {
        assert_exit(&child.wait_with_output().unwrap(), 0);
    }

    // Read back with object_store itself (moto's bucket is private).
    use object_store::ObjectStoreExt as _;
    let store = object_store::aws::AmazonS3Builder::new()
        .with_endpoint(&moto.endpoint)
        .with_allow_http(true)
        .with_region("us-east-1")
        .with_bucket_name("pilets")
        .with_access_key_id("test")
        .with_secret_access_key("test")
        .build()
        .unwrap();
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let (feed, main) = runtime.block_on(async {
        let feed = store
            .get(&"feed/feed.json".into())
            .await
            .unwrap()
            .bytes()
            .await
            .unwrap();
        let main = store
            .get(&"feed/s3-b/1.0.0/dist/index.js".into())
            .await
            .unwrap();
        (feed, main)
    });
    let feed: Value = serde_json::from_slice(&feed).unwrap();
    assert_eq!(
        items(&feed).len(),
        3,
        "one publisher, then two at once: three entries: {feed:#}"
    );
    let item = feed["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|item| item["name"] == "s3-b")
        .unwrap();
    assert_eq!(
        item["link"],
        format!("{}/pilets/feed/s3-b/1.0.0/dist/index.js", moto.endpoint)
    );
    assert_eq!(
        main.attributes
            .get(&object_store::Attribute::CacheControl)
            .map(|v| v.as_ref()),
        Some("public, max-age=31536000, immutable")
    );

    // A large file goes up in parts (S3's multipart upload) and arrives whole.
    let big = big_file();
    ctx.write("s3-big/dist/big.bin", &big);
    let tarball = pilet(&ctx, "s3-big", "1.0.0");
    let mut command = ctx.std_command("pilet", &["publish", &tarball, "--to", "s3://pilets/feed"]);
    with_keys(&mut command);
    assert_exit(&command.output().unwrap(), 0);
    let stored = runtime.block_on(async {
        store
            .get(&"feed/s3-big/1.0.0/dist/big.bin".into())
            .await
            .unwrap()
            .bytes()
            .await
            .unwrap()
    });
    assert!(
        stored.as_ref() == big.as_slice(),
        "{} bytes stored",
        stored.len()
    );

    // The same version with other files: [0162].
    let changed = pilet_saying(&ctx, "s3-a", "1.0.0", "changed");
    let mut command = ctx.std_command("pilet", &["publish", &changed, "--to", "s3://pilets/feed"]);
    with_keys(&mut command);
    let out = command.output().unwrap();
    assert_exit(&out, 1);
    assert!(stderr(&out).contains("[0162]"), "{}", stderr(&out));

    // Environments, promotion, rollback, history and verification on S3 (a private bucket:
    // `verify` reads its own links with the credentials).
    releases_flow(&ctx, "s3://pilets/releases", &|command| {
        command
            .env("AWS_ACCESS_KEY_ID", "test")
            .env("AWS_SECRET_ACCESS_KEY", "test");
    });
}

/// Runs `bin args` in `ctx` with `setup` (credentials) applied.
fn cli(
    ctx: &TestContext,
    setup: &dyn Fn(&mut std::process::Command),
    bin: &str,
    args: &[&str],
) -> Output {
    let mut command = ctx.std_command(bin, args);
    command.env("PIRAL_ACTOR", "release-bot");
    setup(&mut command);
    output(&mut command)
}

/// [`cli`] with `--json`, which must succeed: its report.
fn cli_json(
    ctx: &TestContext,
    setup: &dyn Fn(&mut std::process::Command),
    bin: &str,
    args: &[&str],
) -> Value {
    let mut args = args.to_vec();
    args.push("--json");
    let out = cli(ctx, setup, bin, &args);
    assert_exit(&out, 0);
    serde_json::from_str(&stdout(&out)).unwrap_or_else(|e| panic!("{e}: {}", stdout(&out)))
}

/// What `piral feed list` says environment `env` of `to` lists.
fn listed(
    ctx: &TestContext,
    setup: &dyn Fn(&mut std::process::Command),
    to: &str,
    env: &str,
) -> Vec<(String, String)> {
    items(&cli_json(
        ctx,
        setup,
        "piral",
        &["feed", "list", "--to", to, "--env", env],
    ))
}

fn pair(name: &str, version: &str) -> (String, String) {
    (name.to_string(), version.to_string())
}

/// The seed's pipeline on one target: a pilet published to staging, promoted to production
/// without uploading, a second version after it, rolled back (twice, then forward by name),
/// the history of it all, removed, and eight writers at once on production; `verify` passes.
fn releases_flow(ctx: &TestContext, to: &str, setup: &dyn Fn(&mut std::process::Command)) {
    let one = pilet_saying(ctx, "rel-a", "1.0.0", "one");
    let two = pilet_saying(ctx, "rel-a", "1.1.0", "two");
    let publish = |tarball: &str, env: &str| {
        let out = cli(
            ctx,
            setup,
            "pilet",
            &[
                "publish",
                tarball,
                "--to",
                to,
                "--env",
                env,
                "--create-container",
            ],
        );
        assert_exit(&out, 0);
    };
    let feed = |args: &[&str]| {
        let mut all = vec!["feed"];
        all.extend_from_slice(args);
        all.extend_from_slice(&["--to", to]);
        cli(ctx, setup, "piral", &all)
    };
    publish(&one, "staging");
    assert_eq!(listed(ctx, setup, to, "staging"), [pair("rel-a", "1.0.0")]);
    assert!(listed(ctx, setup, to, "production").is_empty());

    // Promotion copies the item: nothing is built or uploaded.
    let out = feed(&[
        "promote",
        "rel-a@1.0.0",
        "--from",
        "staging",
        "--env",
        "production",
    ]);
    assert_exit(&out, 0);
    assert!(
        stderr(&out).contains("Promoted") && !stderr(&out).contains("uploaded"),
        "{}",
        stderr(&out)
    );
    assert_eq!(
        listed(ctx, setup, to, "production"),
        [pair("rel-a", "1.0.0")]
    );

    publish(&two, "staging");
    assert_exit(
        &feed(&[
            "promote",
            "rel-a",
            "--from",
            "staging",
            "--env",
            "production",
        ]),
        0,
    );
    assert_eq!(
        listed(ctx, setup, to, "production"),
        [pair("rel-a", "1.1.0")]
    );
    assert_eq!(listed(ctx, setup, to, "staging"), [pair("rel-a", "1.1.0")]);

    // Rollback: one deployment back, then nothing before it ([0150]), then forward by name.
    assert_exit(&feed(&["rollback", "rel-a", "--env", "production"]), 0);
    assert_eq!(
        listed(ctx, setup, to, "production"),
        [pair("rel-a", "1.0.0")]
    );
    let out = feed(&["rollback", "rel-a", "--env", "production"]);
    assert_exit(&out, 1);
    assert!(stderr(&out).contains("[0150]"), "{}", stderr(&out));
    assert_exit(
        &feed(&["rollback", "rel-a@1.1.0", "--env", "production"]),
        0,
    );
    assert_eq!(
        listed(ctx, setup, to, "production"),
        [pair("rel-a", "1.1.0")]
    );
    // A version production never had: [0150], nothing changed.
    let out = feed(&[
        "promote",
        "rel-a@9.9.9",
        "--from",
        "staging",
        "--env",
        "production",
    ]);
    assert_exit(&out, 1);
    assert!(stderr(&out).contains("[0150]"), "{}", stderr(&out));

    // The history: who, when, what, from the append-only log.
    let history = cli_json(
        ctx,
        setup,
        "piral",
        &[
            "feed",
            "history",
            "rel-a",
            "--env",
            "production",
            "--to",
            to,
        ],
    );
    let events: Vec<(String, String, String)> = history["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            assert_eq!(e["by"], "release-bot");
            assert!(e["at"].as_str().unwrap().ends_with('Z'), "{e}");
            (
                e["action"].as_str().unwrap().to_string(),
                e["version"].as_str().unwrap_or("-").to_string(),
                e["previous"].as_str().unwrap_or("-").to_string(),
            )
        })
        .collect();
    let event = |a: &str, v: &str, p: &str| (a.to_string(), v.to_string(), p.to_string());
    assert_eq!(
        events,
        [
            event("promote", "1.0.0", "-"),
            event("promote", "1.1.0", "1.0.0"),
            event("rollback", "1.0.0", "1.1.0"),
            event("rollback", "1.1.0", "1.0.0"),
        ]
    );
    let verified = cli_json(ctx, setup, "piral", &["feed", "verify", "--to", to]);
    assert_eq!(verified["ok"], true, "{verified:#}");
    assert_eq!(verified["environments"].as_array().unwrap().len(), 2);

    // Removed from production: its files stay for staging.
    assert_exit(&feed(&["remove", "rel-a", "--env", "production"]), 0);
    assert!(listed(ctx, setup, to, "production").is_empty());
    assert_eq!(listed(ctx, setup, to, "staging"), [pair("rel-a", "1.1.0")]);

    // Eight writers at once on production: four publishes, four promotions. None is lost.
    let promoted: Vec<String> = (1..=4)
        .map(|i| {
            let tarball = pilet(ctx, &format!("pro-{i}"), "1.0.0");
            publish(&tarball, "staging");
            format!("pro-{i}")
        })
        .collect();
    let published: Vec<String> = (1..=4)
        .map(|i| pilet(ctx, &format!("pub-{i}"), "1.0.0"))
        .collect();
    let spawn = |bin: &str, args: &[&str]| {
        let mut command = ctx.std_command(bin, args);
        setup(&mut command);
        command
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap()
    };
    let mut children = Vec::new();
    for (name, tarball) in promoted.iter().zip(&published) {
        children.push(spawn(
            "piral",
            &[
                "feed",
                "promote",
                name,
                "--from",
                "staging",
                "--env",
                "production",
                "--to",
                to,
            ],
        ));
        children.push(spawn(
            "pilet",
            &["publish", tarball, "--to", to, "--env", "production"],
        ));
    }
    for child in children {
        assert_exit(&child.wait_with_output().unwrap(), 0);
    }
    let production = listed(ctx, setup, to, "production");
    assert_eq!(production.len(), 8, "{production:?}");
    let history = cli_json(
        ctx,
        setup,
        "piral",
        &["feed", "history", "--env", "production", "--to", to],
    );
    assert_eq!(
        history["events"].as_array().unwrap().len(),
        4 + 1 + 8,
        "every change is in the history: {history:#}"
    );
    let verified = cli_json(ctx, setup, "piral", &["feed", "verify", "--to", to]);
    assert_eq!(verified["ok"], true, "{verified:#}");
}

#[test]
fn releases_move_between_environments_of_a_folder() {
    let ctx = TestContext::new();
    let to = format!("file://{}", ctx.path().join("store").display());
    let none = |_: &mut std::process::Command| {};
    releases_flow(&ctx, &to, &none);
    let store = ctx.path().join("store");
    // Side by side: one document and one log per environment, the files once.
    for file in [
        "feed.staging.json",
        "feed.staging.log.jsonl",
        "feed.production.json",
        "feed.production.log.jsonl",
        "rel-a/1.0.0/dist/index.js",
        "rel-a/1.1.0/dist/index.js",
    ] {
        assert!(store.join(file).is_file(), "{file}");
    }
    assert!(
        !store.join("feed.json").exists(),
        "no default environment was used"
    );

    // A tampered file is found, with the item it belongs to.
    let tampered = store.join("pro-1/1.0.0/dist/index.js");
    let original = std::fs::read(&tampered).unwrap();
    std::fs::write(&tampered, "alert(1)\n").unwrap();
    let verify_production = || {
        cli(
            &ctx,
            &none,
            "piral",
            &["feed", "verify", "--to", &to, "--env", "production"],
        )
    };
    let out = verify_production();
    assert_exit(&out, 1);
    assert!(
        stderr(&out).contains("[0151]")
            && stderr(&out).contains("`pro-1@1.0.0` in production")
            && stderr(&out).contains("do not match its integrity"),
        "{}",
        stderr(&out)
    );
    std::fs::write(&tampered, original).unwrap();

    // A change whose history line never came (a writer stopped between the two writes).
    let document = store.join("feed.production.json");
    let mut production: Value =
        serde_json::from_str(&std::fs::read_to_string(&document).unwrap()).unwrap();
    let written = production["revision"].as_u64().unwrap();
    assert_eq!(written, 4 + 1 + 8, "one revision per change");
    production["revision"] = Value::from(written + 1);
    std::fs::write(&document, production.to_string()).unwrap();
    let out = verify_production();
    assert_exit(&out, 1);
    assert!(
        stderr(&out).contains(&format!(
            "does not record the change(s) that wrote revision(s) {}",
            written + 1
        )),
        "{}",
        stderr(&out)
    );
    production["revision"] = Value::from(written);
    std::fs::write(&document, production.to_string()).unwrap();

    // A release of the shell for production: files under the version, the environment's page
    // with its feed, and what the shell shares, which `verify` checks pilets against.
    ctx.write(
        "shell/package.json",
        r#"{"name":"shell","version":"2.0.0","app":"src/index.html"}"#,
    );
    ctx.write(
        "shell/src/index.html",
        "<html><head></head><body></body></html>\n",
    );
    ctx.write(
        "shell/dist/release/index.html",
        "<!DOCTYPE html>\n<html>\n<head>\n  <meta name=\"piral-feed\" content=\"/pilets.json\">\n</head>\n<body><script src=\"./index.1a2b3c4d.js\"></script></body>\n</html>\n",
    );
    ctx.write(
        "shell/dist/release/index.1a2b3c4d.js",
        "console.log('shell');\n",
    );
    let site = format!("file://{}", ctx.path().join("site").display());
    let release = |extra: &[&str]| {
        let mut args = vec![
            "publish", "--type", "release", "--to", &site, "--base", "shell",
        ];
        args.extend_from_slice(extra);
        assert_exit(&cli(&ctx, &none, "piral", &args), 0);
    };
    release(&["--env", "production"]);
    assert!(ctx.path().join("site/2.0.0/index.1a2b3c4d.js").is_file());
    let page = ctx.read("site/2.0.0/production/index.html");
    assert!(
        page.contains("<meta name=\"piral-feed\" content=\"../feed.production.json\">")
            && page.contains("<base href=\"../\">"),
        "{page}"
    );
    // Behind a CDN: the page names the environment's feed there.
    release(&[
        "--env",
        "staging",
        "--public-url",
        "https://cdn.example/site/",
    ]);
    let page = ctx.read("site/2.0.0/staging/index.html");
    assert!(
        page.contains(
            "<meta name=\"piral-feed\" content=\"https://cdn.example/site/feed.staging.json\">"
        ),
        "{page}"
    );
    let record = ctx.json("site/shells/production.json");
    assert_eq!(record["name"], "shell");
    assert_eq!(record["version"], "2.0.0");
    assert!(record["shared"].is_array(), "{record:#}");

    // A pilet that needs `react`: provided by nobody in a feed whose shell shares nothing.
    let needs = |shared: &str| {
        ctx.write(
            "store/shells/production.json",
            format!(r#"{{"name":"shell","version":"2.0.0","shared":{shared}}}"#),
        );
        ctx.write(
            "needy/package.json",
            r#"{"name":"needy","version":"1.0.0","main":"dist/index.js","priority":5}"#,
        );
        ctx.write(
            "needy/dist/index.js",
            "//@pilet v:2(pr_needy,{})\nSystem.register([\"react\",\"shell\"],function(){return{execute:function(){}}});\n",
        );
        assert_exit(
            &run(ctx
                .pilet(&["pack", "-q"])
                .current_dir(ctx.path().join("needy"))),
            0,
        );
    };
    needs("[]");
    assert_exit(
        &cli(
            &ctx,
            &none,
            "pilet",
            &[
                "publish",
                ctx.path().join("needy/needy-1.0.0.tgz").to_str().unwrap(),
                "--to",
                &to,
                "--env",
                "production",
            ],
        ),
        0,
    );
    let out = verify_production();
    assert!(
        stderr(&out).contains("`needy@1.0.0` in production")
            && stderr(&out).contains("it needs `react`"),
        "{}",
        stderr(&out)
    );
    assert!(
        !stderr(&out).contains("needs `shell`"),
        "the shell provides itself: {}",
        stderr(&out)
    );
    // Its declared priority is in the feed, for the shells' priority groups.
    let production = ctx.json("store/feed.production.json");
    let needy = production["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|item| item["name"] == "needy")
        .unwrap();
    assert_eq!(needy["priority"], 5);
    needs(r#"["react"]"#);
    let out = verify_production();
    assert_exit(&out, 0);
}

/// Two regions (two Azurite containers): the files go everywhere before any feed changes; a
/// region that fails is a coded error and a rerun completes it without sending anything twice;
/// promotions change both; `verify` compares them. Feed documents are served for a CDN:
/// `no-cache`, JSON; versioned files immutable.
#[test]
fn releases_go_to_two_regions_of_azurite() {
    let azurite = Azurite::start();
    let ctx = TestContext::new();
    let setup = |command: &mut std::process::Command| {
        azurite.env(command);
    };
    let (east, west) = ("az://east/feed", "az://west/feed");
    let regions = ["--to", east, "--to", west];
    let tarball = pilet_saying(&ctx, "two-a", "1.0.0", "one");
    let publish = |extra: &[&str]| {
        let mut args = vec!["publish", &tarball, "--env", "staging"];
        args.extend_from_slice(&regions);
        args.extend_from_slice(extra);
        cli(&ctx, &setup, "pilet", &args)
    };
    // Only the primary exists: its files go up, then the secondary fails; no feed changes.
    let out = cli(
        &ctx,
        &setup,
        "pilet",
        &[
            "publish",
            &pilet(&ctx, "seed", "1.0.0"),
            "--to",
            east,
            "--env",
            "seed",
            "--create-container",
        ],
    );
    assert_exit(&out, 0);
    let out = cli(
        &ctx,
        &setup,
        "piral",
        &["feed", "remove", "seed", "--to", east, "--env", "seed"],
    );
    assert_exit(&out, 0);
    let out = publish(&[]);
    assert_exit(&out, 1);
    assert!(
        stderr(&out).contains("[0152]") && stderr(&out).contains("region az://west/feed failed"),
        "{}",
        stderr(&out)
    );
    assert!(
        listed(&ctx, &setup, east, "staging").is_empty(),
        "no feed changed"
    );
    // The rerun (the secondary now there): nothing is sent to the primary again.
    let out = publish(&["--create-container"]);
    assert_exit(&out, 0);
    assert!(
        stderr(&out).contains("3 uploaded") && stderr(&out).contains("3 already there"),
        "{}",
        stderr(&out)
    );
    for region in [east, west] {
        assert_eq!(
            listed(&ctx, &setup, region, "staging"),
            [pair("two-a", "1.0.0")]
        );
    }
    // Each region lists its own URLs (no CDN in front here).
    let west_items = cli_json(
        &ctx,
        &setup,
        "piral",
        &["feed", "list", "--to", west, "--env", "staging"],
    );
    let link = west_items["items"][0]["link"].as_str().unwrap().to_string();
    assert!(link.contains("/west/feed/two-a/1.0.0/"), "{link}");

    let mut promote = vec![
        "feed",
        "promote",
        "two-a@1.0.0",
        "--from",
        "staging",
        "--env",
        "production",
    ];
    promote.extend_from_slice(&regions);
    assert_exit(&cli(&ctx, &setup, "piral", &promote), 0);
    let mut verify = vec!["feed", "verify"];
    verify.extend_from_slice(&regions);
    let verified = cli_json(&ctx, &setup, "piral", &verify);
    assert_eq!(verified["ok"], true, "{verified:#}");

    // A promotion to one region only: the regions differ, and verify says how.
    let second = pilet_saying(&ctx, "two-a", "1.1.0", "two");
    let mut args = vec!["publish", &second, "--env", "staging"];
    args.extend_from_slice(&regions);
    assert_exit(&cli(&ctx, &setup, "pilet", &args), 0);
    assert_exit(
        &cli(
            &ctx,
            &setup,
            "piral",
            &[
                "feed",
                "promote",
                "two-a",
                "--from",
                "staging",
                "--env",
                "production",
                "--to",
                east,
            ],
        ),
        0,
    );
    let out = cli(&ctx, &setup, "piral", &verify);
    assert_exit(&out, 1);
    assert!(
        stderr(&out).contains("[0151]")
            && stderr(&out).contains(
                "`two-a@1.1.0` in production: az://east/feed lists it, az://west/feed does not"
            ),
        "{}",
        stderr(&out)
    );

    // What a CDN needs to know: documents are revalidated, versioned files kept.
    let http = reqwest::blocking::Client::new();
    let base = format!("{}/east/feed", azurite.account_url());
    for (path, cache, kind) in [
        ("feed.production.json", "no-cache", "application/json"),
        ("feed.production.log.jsonl", "no-cache", ""),
        (
            "two-a/1.1.0/dist/index.js",
            "public, max-age=31536000, immutable",
            "text/javascript",
        ),
    ] {
        let response = http.get(format!("{base}/{path}")).send().unwrap();
        assert_eq!(response.status(), 200, "{path}");
        assert_eq!(response.headers()["cache-control"], cache, "{path}");
        let content_type = response.headers()["content-type"]
            .to_str()
            .unwrap()
            .to_string();
        assert!(content_type.starts_with(kind), "{path}: {content_type}");
    }

    // The whole pipeline on Azure as well, eight writers at once included.
    releases_flow(&ctx, "az://flow/feed", &setup);
}
