//! Publishing to blob storage (`--to`): a folder (`file://`) and Azure Blob Storage, played by
//! the real Azurite from npm. The feed document, immutable versions, conditional writes under
//! concurrent publishers, and a release upload that is killed midway and then completed.

use std::process::{Output, Stdio};

use serde_json::Value;

use crate::common::{Azurite, TestContext, assert_exit, run, stderr, stdout};

/// A packed pilet named `name` below `<name>/`; returns the tarball's path, relative.
fn pilet(ctx: &TestContext, name: &str, version: &str) -> String {
    ctx.write(
        &format!("{name}/package.json"),
        format!(r#"{{"name":"{name}","version":"{version}","main":"dist/index.js"}}"#),
    );
    let reference = format!("pr_{}", name.replace('-', ""));
    ctx.write(
        &format!("{name}/dist/index.js"),
        format!("//@pilet v:2({reference},{{\"lib@1.0.0\":\"lib.js\"}})\nSystem.register([],function(){{return{{execute:function(){{}}}}}});\n"),
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

    // Published versions are immutable: [0162], unless --force.
    let out = run(&mut ctx.pilet(&["publish", &a, "--to", &to]));
    assert_exit(&out, 1);
    assert!(
        stderr(&out).contains("[0162]") && stderr(&out).contains("[0064]"),
        "{}",
        stderr(&out)
    );
    let out = run(&mut ctx.pilet(&["publish", &a, "--to", &to, "--force"]));
    assert_exit(&out, 0);
    assert!(
        stderr(&out).contains("0 uploaded (0 bytes), 3 already there"),
        "nothing is sent twice: {}",
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

    let out = output(azurite.env(&mut ctx.std_command("pilet", &["publish", &a, "--to", to])));
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

    // The same version again: [0162].
    let mut command = ctx.std_command(
        "pilet",
        &["publish", &tarballs[0], "--to", "s3://pilets/feed"],
    );
    with_keys(&mut command);
    let out = command.output().unwrap();
    assert_exit(&out, 1);
    assert!(stderr(&out).contains("[0162]"), "{}", stderr(&out));
}
