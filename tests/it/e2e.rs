//! End to end: real packages from npm, built by this CLI, rendered by Debian's Chromium.
//!
//! One test walks the whole path of a new project: `piral new` (with its npm install) →
//! `piral build --type release` renders with React and SystemJS → `piral build --type
//! emulator` → `pilet new <emulator tgz>` → `pilet build --type standalone` renders the tile
//! and the lazy page → `--schema v3` renders with its CSS applied → both published to Azurite
//! (`--to az://`) render from the blob URLs through the published feed.json → the emulator
//! published to verdaccio scaffolds a new pilet from there. The website emulator is built,
//! served, and a pilet scaffolded from its URL renders in it.

use crate::common::{TestContext, assert_exit, free_port, render, run, stderr};

#[track_caller]
fn assert_rendered(report: &serde_json::Value) {
    assert_eq!(
        report["ok"], true,
        "the page did not render as expected: {report:#}"
    );
}

#[test]
fn a_new_shell_and_its_pilet_render_in_chromium() {
    let ctx = TestContext::new();
    let output = run(&mut ctx.piral(&["new", "shell", "--vars.feedUrl=/pilets.json"]));
    assert_exit(&output, 0);
    let shell = ctx.path().join("shell");

    // (a) The release build of the shell renders its layout, with react shared in SystemJS.
    let output = run(ctx
        .piral(&["build", "--type", "release"])
        .current_dir(&shell));
    assert_exit(&output, 0);
    let release = shell.join("dist/release");
    let html = std::fs::read_to_string(release.join("index.html")).unwrap();
    assert!(
        html.contains("<script src=\"/index.")
            && html.contains("<link rel=\"stylesheet\" href=\"/style."),
        "{html}"
    );
    std::fs::write(release.join("pilets.json"), "[]").unwrap();
    let report = render(
        &release,
        &[
            "--expect",
            "My Piral Instance",
            "--expect",
            "Welcome to your new app shell",
            "--eval",
            "System.has('react') && System.has('react-dom')",
        ],
    );
    assert_rendered(&report);
    assert_eq!(
        report["evals"][0], true,
        "react and react-dom are registered in SystemJS"
    );

    // The website emulator: the debug build at the top with emulator.json describing it.
    let output = run(ctx
        .piral(&[
            "build",
            "--type",
            "emulator-website",
            "--target",
            "dist/website",
        ])
        .current_dir(&shell));
    assert_exit(&output, 0);
    let website = shell.join("dist/website/emulator");
    let manifest: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(website.join("emulator.json")).unwrap())
            .unwrap();
    assert_eq!(manifest["name"], "shell");
    assert_eq!(manifest["version"], "1.0.0");
    assert_eq!(manifest["files"]["app"], "index.html");
    for key in ["typings", "main", "app", "always", "once"] {
        let file = manifest["files"][key].as_str().unwrap();
        assert!(website.join(file).is_file(), "{key}: {file}");
    }
    assert!(manifest["importmap"]["imports"].is_object());
    assert!(manifest["dependencies"]["included"]["react"].is_string());
    assert!(manifest["scaffolding"]["pilets"].is_object());
    let html = std::fs::read_to_string(website.join("index.html")).unwrap();
    let main = manifest["files"]["main"].as_str().unwrap();
    assert!(html.contains(&format!("src=\"/{main}\"")), "{html}");

    // A pilet scaffolded from the website (its emulator.json URL) renders in it.
    let site = crate::common::static_server(&website, "the website emulator's server");
    let port = site.port;
    let manifest_url = format!("http://127.0.0.1:{port}/emulator.json");
    let output = run(&mut ctx.pilet(&["new", &manifest_url, "--target", "web-pilet"]));
    assert_exit(&output, 0);
    let web_pilet = ctx.path().join("web-pilet");
    let pilet_json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(web_pilet.join("pilet.json")).unwrap())
            .unwrap();
    assert_eq!(
        pilet_json["piralInstances"]["shell"]["url"],
        manifest_url.as_str()
    );
    assert!(
        web_pilet
            .join("node_modules/shell/app/index.html")
            .is_file()
    );
    // Gone (npm prunes what no package.json lists): the build downloads it again.
    std::fs::remove_dir_all(web_pilet.join("node_modules/shell")).unwrap();
    let output = run(ctx
        .pilet(&["build", "--type", "standalone"])
        .current_dir(&web_pilet));
    assert_exit(&output, 0);
    drop(site);
    assert_rendered(&render(
        &web_pilet.join("dist/standalone"),
        &["--expect", "Welcome to Piral!"],
    ));

    // The emulator package, and a pilet scaffolded from it. The shell adds its own pilet API
    // (`greet`), which its emulator's declaration carries to pilet authors.
    std::fs::write(
        shell.join("src/greet.ts"),
        "import type { PiralPlugin } from 'piral-core';\n\n\
         export interface PiletGreetApi {\n  greet(name: string): string;\n}\n\n\
         declare module 'piral-core/lib/types/custom' {\n  interface PiletCustomApi extends PiletGreetApi {}\n}\n\n\
         export function createGreetApi(): PiralPlugin<PiletGreetApi> {\n  \
         return () => ({ greet: (name: string) => `Hello, ${name}` });\n}\n",
    )
    .unwrap();
    let output = run(ctx
        .piral(&["build", "--type", "emulator"])
        .current_dir(&shell));
    assert_exit(&output, 0);
    assert!(shell.join("dist/emulator/shell-1.0.0.tgz").is_file());
    // `files.tar` and `files_once.tar` start with their root folder, as the old CLI writes
    // them: its `pilet new` (node-tar) refuses an archive without entries.
    let unpacked = ctx.path().join("emulator-unpacked");
    std::fs::create_dir_all(&unpacked).unwrap();
    let status = std::process::Command::new("tar")
        .arg("-xzf")
        .arg(shell.join("dist/emulator/shell-1.0.0.tgz"))
        .arg("-C")
        .arg(&unpacked)
        .status()
        .unwrap();
    assert!(status.success());
    for (file, root) in [("files.tar", "files/"), ("files_once.tar", "files_once/")] {
        let listing = std::process::Command::new("tar")
            .arg("-tf")
            .arg(unpacked.join("package").join(file))
            .output()
            .unwrap();
        let listing = String::from_utf8_lossy(&listing.stdout);
        assert_eq!(listing.lines().next(), Some(root), "{file}: {listing}");
    }
    let output = run(&mut ctx.pilet(&[
        "new",
        "./shell/dist/emulator/shell-1.0.0.tgz",
        "--target",
        "pilet",
    ]));
    assert_exit(&output, 0);
    let pilet = ctx.path().join("pilet");
    assert!(pilet.join("node_modules/shell/app/index.html").is_file());

    // The pilet author's editor knows the shell's API: its plugins' calls and the shell's own
    // `greet` type-check with the pilet's TypeScript (no `piral` installed in the pilet); a wrong
    // argument and a call the shell does not have are errors, not `any`.
    std::fs::write(
        pilet.join("src/uses-the-api.ts"),
        "import type { PiletApi } from 'shell';\n\
         export function use(app: PiletApi) {\n\
         \x20 const text: string = app.greet('pilet');\n\
         \x20 app.registerTile(() => null, { initialColumns: 2 });\n\
         \x20 app.showNotification(text);\n\
         \x20 app.greet(42);\n\
         \x20 app.nope();\n\
         }\n",
    )
    .unwrap();
    let tsc = std::process::Command::new(pilet.join("node_modules/.bin/tsc"))
        .args(["--noEmit", "-p", "."])
        .current_dir(&pilet)
        .output()
        .unwrap();
    let errors = String::from_utf8_lossy(&tsc.stdout);
    let errors: Vec<&str> = errors.lines().filter(|l| l.contains("error TS")).collect();
    assert_eq!(
        errors,
        [
            "src/uses-the-api.ts(6,13): error TS2345: Argument of type 'number' is not assignable to parameter of type 'string'.",
            "src/uses-the-api.ts(7,7): error TS2339: Property 'nope' does not exist on type 'PiletApi'.",
        ],
        "{}",
        String::from_utf8_lossy(&tsc.stdout)
    );
    std::fs::remove_file(pilet.join("src/uses-the-api.ts")).unwrap();
    // `piral declaration` writes the same file into the shell's `dist/index.d.ts` (its `types`),
    // `pilet declaration` the pilet's own.
    let output = run(ctx.piral(&["declaration"]).current_dir(&shell));
    assert_exit(&output, 0);
    assert_eq!(
        std::fs::read(shell.join("dist/index.d.ts")).unwrap(),
        std::fs::read(unpacked.join("package/app/index.d.ts")).unwrap()
    );
    let output = run(ctx
        .pilet(&["declaration", "--target", "types"])
        .current_dir(&pilet));
    assert_exit(&output, 0);
    let declared = std::fs::read_to_string(pilet.join("types/index.d.ts")).unwrap();
    assert!(
        declared.contains("export declare function setup(app: PiletApi): void;"),
        "{declared}"
    );

    // (b) The pilet renders in its shell: the tile, and the lazily loaded page after navigating.
    let output = run(ctx
        .pilet(&["build", "--type", "standalone"])
        .current_dir(&pilet));
    assert_exit(&output, 0);
    // Its declarations: what `types` in its package.json points at.
    let declarations = std::fs::read_to_string(pilet.join("dist/index.d.ts")).unwrap();
    assert!(
        declarations.contains("import type { PiletApi } from 'shell';")
            && declarations.contains("export declare function setup(app: PiletApi): void;"),
        "{declarations}"
    );
    let report = render(
        &pilet.join("dist/standalone"),
        &[
            "--expect",
            "Welcome to Piral!",
            "--click",
            "Page",
            "--expect-after",
            "This page is loaded on demand",
        ],
    );
    assert_rendered(&report);

    // (b2) The release under the Content Security Policy it writes, sent as a header by the
    // server (from its staticwebapp.config.json), loads its pilet from another origin (a CDN
    // named in piral.json) without a violation; its tags carry subresource integrity.
    let cdn_dir = ctx.path().join("cdn");
    std::fs::create_dir_all(&cdn_dir).unwrap();
    let cdn = crate::common::cors_static_server(&cdn_dir, "the pilets' CDN");
    let cdn_url = format!("http://127.0.0.1:{}/", cdn.port);
    let output = run(ctx.pilet(&["pack"]).current_dir(&pilet));
    assert_exit(&output, 0);
    let output = run(ctx
        .pilet(&[
            "publish",
            "pilet-1.0.0.tgz",
            "--to",
            &format!("file://{}", cdn_dir.display()),
            "--public-url",
            &cdn_url,
        ])
        .current_dir(&pilet));
    assert_exit(&output, 0);
    let piral_json = shell.join("piral.json");
    let mut config: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&piral_json).unwrap()).unwrap();
    config["csp"] = serde_json::json!({ "pilets": [cdn_url] });
    std::fs::write(&piral_json, config.to_string()).unwrap();
    let output = run(ctx
        .piral(&["build", "--type", "release"])
        .current_dir(&shell));
    assert_exit(&output, 0);
    std::fs::copy(cdn_dir.join("feed.json"), release.join("pilets.json")).unwrap();
    let html = std::fs::read_to_string(release.join("index.html")).unwrap();
    assert!(
        html.contains("<meta http-equiv=\"Content-Security-Policy\"")
            && html.contains("integrity=\"sha384-")
            && html.contains("crossorigin=\"anonymous\""),
        "{html}"
    );
    let headers = std::fs::read_to_string(release.join("_headers")).unwrap();
    assert!(
        headers.contains(&format!(
            "script-src 'self' {}",
            cdn_url.trim_end_matches('/')
        )),
        "{headers}"
    );
    let swa = release.join("staticwebapp.config.json");
    let report = render(
        &release,
        &[
            "--headers-from",
            swa.to_str().unwrap(),
            "--expect",
            "Welcome to Piral!",
        ],
    );
    assert_rendered(&report);
    assert_eq!(report["violations"], serde_json::json!([]), "{report:#}");
    assert_eq!(report["errors"], serde_json::json!([]), "{report:#}");
    drop(cdn);

    // (b3) Offline: the release with its service worker, loaded once, then with its server gone
    // and the browser offline, reloads with its layout and its pilet.
    let output = run(ctx
        .piral(&["build", "--type", "release", "--service-worker"])
        .current_dir(&shell));
    assert_exit(&output, 0);
    assert!(release.join("sw.js").is_file());
    let output = run(ctx
        .pilet(&[
            "publish",
            "pilet-1.0.0.tgz",
            "--to",
            &format!("file://{}", release.join("pilets").display()),
            "--public-url",
            "/pilets/",
        ])
        .current_dir(&pilet));
    assert_exit(&output, 0);
    std::fs::copy(
        release.join("pilets/feed.json"),
        release.join("pilets.json"),
    )
    .unwrap();
    let script = crate::common::steps_file(
        &ctx,
        &serde_json::json!([
            { "expect": "Welcome to Piral!" },
            // The worker controls the page and has stored it and the feed's pilets.
            { "eval": "new Promise(function check(resolve) { Promise.all(['piral-pilets', 'piral-pages'].map(function (n) { return caches.open(n).then(function (c) { return c.keys(); }); })).then(function (k) { if (k[0].length > 0 && k[1].length > 0 && navigator.serviceWorker.controller) resolve(true); else setTimeout(function () { check(resolve); }, 100); }); })" },
            { "eval": "window.__before = true" },
            { "offline": true },
            { "reload": true },
            { "expect": "My Piral Instance" },
            { "expect": "Welcome to Piral!" },
            // A new document (not the old one left standing by a failed reload), and offline.
            { "eval": "window.__before === undefined && !navigator.onLine" }
        ]),
    );
    let report = render(&release, &["--steps", &script]);
    assert_rendered(&report);
    assert_eq!(report["evals"][0], true, "{report:#}");
    assert_eq!(report["evals"][2], true, "{report:#}");
    assert_eq!(report["violations"], serde_json::json!([]), "{report:#}");

    // (b4) Priority groups (`priority` of a pilet's package.json, carried by the feed): the pilet
    // of priority 10 renders while the one of priority 0 still loads (its server never
    // answers); with both at 0, nothing renders until both have loaded.
    let hang = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let hang_port = hang.local_addr().unwrap().port();
    std::thread::spawn(move || {
        let mut held = Vec::new();
        for stream in hang.incoming() {
            held.push(stream);
        }
    });
    config["csp"] = serde_json::json!({ "pilets": ["http://127.0.0.1:*"] });
    std::fs::write(&piral_json, config.to_string()).unwrap();
    let output = run(ctx
        .piral(&["build", "--type", "release"])
        .current_dir(&shell));
    assert_exit(&output, 0);
    std::fs::write(
        release.join("high.js"),
        "System.register([], function (_export) { return { execute: function () { _export('setup', function (app) { app.registerTile(function () { return 'A pilet of high priority'; }); }); } }; });\n",
    )
    .unwrap();
    let feed = |slow: i64| {
        serde_json::json!({ "items": [
            { "name": "high", "version": "1.0.0", "spec": "v2", "requireRef": "pr_high",
              "link": "/high.js", "dependencies": {}, "priority": 10 },
            { "name": "slow", "version": "1.0.0", "spec": "v2", "requireRef": "pr_slow",
              "link": format!("http://127.0.0.1:{hang_port}/slow.js"), "dependencies": {}, "priority": slow },
        ] })
        .to_string()
    };
    std::fs::write(release.join("pilets.json"), feed(0)).unwrap();
    let report = render(&release, &["--expect", "A pilet of high priority"]);
    assert_rendered(&report);
    std::fs::write(release.join("pilets.json"), feed(10)).unwrap();
    let report = render(
        &release,
        &["--expect", "A pilet of high priority", "--timeout", "3000"],
    );
    assert_eq!(
        report["missing"],
        serde_json::json!(["A pilet of high priority"]),
        "one group waits for its slowest pilet: {report:#}"
    );

    // (b5) What the release weighs: esbuild's metafile and a report page, whose treemap shows
    // the shell's packages (react-dom the largest, marked as shared with pilets) in Chromium.
    let output = run(ctx
        .piral(&[
            "build",
            "--type",
            "release",
            "--report",
            "--metafile",
            "meta.json",
            "--json",
        ])
        .current_dir(&shell));
    assert_exit(&output, 0);
    let meta: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(shell.join("meta.json")).unwrap()).unwrap();
    let outputs = meta["outputs"].as_object().unwrap();
    let (main_name, main) = outputs
        .iter()
        .find(|(name, output)| {
            name.starts_with("dist/release/index.") && output["entryPoint"].is_string()
        })
        .expect("the shell's script, with its entry point");
    let held: u64 = main["inputs"]
        .as_object()
        .unwrap()
        .values()
        .map(|input| input["bytesInOutput"].as_u64().unwrap())
        .sum();
    let bytes = main["bytes"].as_u64().unwrap();
    assert!(
        held <= bytes && held * 10 > bytes * 8,
        "{main_name}: the modules account for most of the file ({held} of {bytes})"
    );
    assert!(
        main["inputs"]
            .as_object()
            .unwrap()
            .keys()
            .any(|input| input.contains("node_modules/react-dom/")),
        "{main:#}"
    );
    assert!(
        meta["inputs"][main["entryPoint"].as_str().unwrap()]["bytes"]
            .as_u64()
            .unwrap()
            > 0
    );
    let screenshot = ctx.path().join("report.png");
    let report = render(
        &shell,
        &[
            "--path",
            "/report.html",
            "--expect",
            "react-dom",
            "--expect",
            "gzip",
            "--eval",
            "document.querySelectorAll('.package.shared').length > 0",
            "--screenshot",
            screenshot.to_str().unwrap(),
        ],
    );
    assert_rendered(&report);
    assert_eq!(
        report["evals"][0], true,
        "shared packages are marked: {report:#}"
    );
    assert!(std::fs::metadata(&screenshot).unwrap().len() > 10_000);
    // A pilet's metafile names the shared dependencies it imports from the shell as externals.
    let output = run(ctx
        .pilet(&["build", "--metafile", "meta.json", "--report"])
        .current_dir(&pilet));
    assert_exit(&output, 0);
    assert!(pilet.join("report.html").is_file());
    let meta: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(pilet.join("meta.json")).unwrap()).unwrap();
    let main = &meta["outputs"]["dist/index.js"];
    assert_eq!(main["entryPoint"], "src/index.tsx", "{meta:#}");
    assert!(
        main["imports"]
            .as_array()
            .unwrap()
            .iter()
            .any(|import| import["path"] == "react" && import["external"] == true),
        "{main:#}"
    );

    // (c) v3 with styles: the stylesheet is attached by the shell and applies.
    std::fs::write(
        pilet.join("src/tile.css"),
        ".welcome-tile { color: rgb(255, 0, 0); }\n",
    )
    .unwrap();
    let index = std::fs::read_to_string(pilet.join("src/index.tsx")).unwrap();
    // The tile as the old CLI's template writes it, with a class for the stylesheet.
    let index = index.replace(
        "<div>Welcome to Piral!</div>",
        "<div className=\"welcome-tile\">Welcome to Piral!</div>",
    );
    std::fs::write(
        pilet.join("src/index.tsx"),
        format!("import './tile.css';\n{index}"),
    )
    .unwrap();
    let port = free_port().to_string();
    let public_url = format!("http://127.0.0.1:{port}/");
    let output = run(ctx
        .pilet(&[
            "build",
            "--schema",
            "v3",
            "--type",
            "standalone",
            "--public-url",
            &public_url,
        ])
        .current_dir(&pilet));
    assert_exit(&output, 0);
    let main = std::fs::read_to_string(pilet.join("dist/index.js")).unwrap();
    assert!(
        main.starts_with("//@pilet v:3(pr_pilet,{})\nSystem.register("),
        "{}",
        &main[..80]
    );
    let report = render(
        &pilet.join("dist/standalone"),
        &[
            "--port",
            &port,
            "--expect",
            "Welcome to Piral!",
            "--style",
            ".welcome-tile|color",
        ],
    );
    assert_rendered(&report);
    assert_eq!(report["styles"][".welcome-tile|color"], "rgb(255, 0, 0)");

    // (d) Both published to blob storage (Azurite), the pilet through environments: the shell's
    // production page (its feed in the `piral-feed` meta tag) shows version A from production,
    // B after a promotion, A after a rollback, with no rebuild of the shell.
    let azurite = crate::common::Azurite::start();
    let origin = format!("http://127.0.0.1:{}", azurite.port);
    let feed_url = format!("{}/site/pilets/feed.production.json", azurite.account_url());
    let output = run(ctx
        .piral(&[
            "build",
            "--type",
            "release",
            "--public-url",
            "/devstoreaccount1/site/shell/1.0.0/",
        ])
        .current_dir(&shell));
    assert_exit(&output, 0);
    let cli = |dir: &std::path::Path, bin: &str, args: &[&str]| {
        let mut command = ctx.std_command(bin, args);
        let output = azurite.env(&mut command).current_dir(dir).output().unwrap();
        assert_exit(&output, 0);
    };
    cli(
        &shell,
        "piral",
        &[
            "publish",
            "--type",
            "release",
            "--to",
            "az://site/shell",
            "--env",
            "production",
            "--feed-url",
            &feed_url,
            "--create-container",
        ],
    );
    let pilets = "az://site/pilets";
    let release = |words: &str| {
        let output = run(ctx.pilet(&["build"]).current_dir(&pilet));
        assert_exit(&output, 0);
        let output = run(ctx.pilet(&["pack"]).current_dir(&pilet));
        assert_exit(&output, 0);
        let tarball = format!("pilet-{words}.tgz");
        cli(
            &pilet,
            "pilet",
            &[
                "publish",
                &tarball,
                "--to",
                pilets,
                "--env",
                "staging",
                "--create-container",
            ],
        );
    };
    let shows = |text: &str| {
        let report = render(
            std::path::Path::new("."),
            &[
                "--url",
                &origin,
                "--path",
                "/devstoreaccount1/site/shell/1.0.0/production/index.html",
                "--expect",
                "My Piral Instance",
                "--click",
                "Page",
                "--expect-after",
                text,
            ],
        );
        assert_rendered(&report);
    };
    let promote = |spec: &str| {
        cli(
            &pilet,
            "piral",
            &[
                "feed",
                "promote",
                spec,
                "--from",
                "staging",
                "--env",
                "production",
                "--to",
                pilets,
            ],
        );
    };
    release("1.0.0");
    promote("pilet@1.0.0");
    let a = "This page is loaded on demand";
    let b = "Version B is loaded on demand";
    shows(a);
    // Version B says something else on its page; staging gets it first, production after the
    // promotion.
    let page = std::fs::read_to_string(pilet.join("src/Page.tsx")).unwrap();
    assert!(page.contains(a), "{page}");
    std::fs::write(pilet.join("src/Page.tsx"), page.replace(a, b)).unwrap();
    let package = std::fs::read_to_string(pilet.join("package.json")).unwrap();
    std::fs::write(
        pilet.join("package.json"),
        package.replacen("\"version\": \"1.0.0\"", "\"version\": \"1.1.0\"", 1),
    )
    .unwrap();
    release("1.1.0");
    shows(a);
    promote("pilet");
    shows(b);
    cli(
        &pilet,
        "piral",
        &[
            "feed",
            "rollback",
            "pilet",
            "--env",
            "production",
            "--to",
            pilets,
        ],
    );
    shows(a);
    drop(azurite);

    // (e) The emulator package goes to a real npm registry (verdaccio) with a token that is never
    // written to disk, and a new pilet is scaffolded from it there.
    let verdaccio = crate::common::Verdaccio::start(&ctx.path().join("verdaccio"));
    let token = verdaccio.add_user("e2e", "e2e-secret-1");
    let output = run(ctx
        .piral(&[
            "publish",
            "--type",
            "emulator",
            "--url",
            &verdaccio.url,
            "--api-key",
            "wrong",
        ])
        .current_dir(&shell));
    assert_exit(&output, 1);
    assert!(stderr(&output).contains("[0036]"), "{}", stderr(&output));
    let output = run(ctx
        .piral(&[
            "publish",
            "--type",
            "emulator",
            "--url",
            &verdaccio.url,
            "--api-key",
            &token,
        ])
        .current_dir(&shell));
    assert_exit(&output, 0);
    assert!(
        !stderr(&output).contains(&token),
        "the token is never printed"
    );
    for npmrc in [shell.join(".npmrc"), ctx.home.join(".npmrc")] {
        let text = std::fs::read_to_string(&npmrc).unwrap_or_default();
        assert!(
            !text.contains(&token),
            "the token is never written: {npmrc:?}"
        );
    }
    let output = run(&mut ctx.pilet(&[
        "new",
        "shell",
        "--registry",
        &verdaccio.url,
        "--target",
        "from-registry",
        "--no-install",
    ]));
    assert_exit(&output, 0);
    let scaffolded = ctx.path().join("from-registry");
    assert!(
        scaffolded
            .join("node_modules/shell/app/index.html")
            .is_file()
    );
    let package: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(scaffolded.join("package.json")).unwrap())
            .unwrap();
    assert_eq!(package["devDependencies"]["shell"], "1.0.0");
    assert!(
        std::fs::read_to_string(scaffolded.join(".npmrc"))
            .unwrap()
            .contains(&verdaccio.url)
    );
    drop(verdaccio);

    // A pilet of the same "monorepo": linked to the shell's sources, which `pilet debug` builds
    // and serves itself.
    let output = run(&mut ctx.pilet(&["new", "./shell", "--target", "sibling"]));
    assert_exit(&output, 0);
    let sibling = ctx.path().join("sibling");
    let port = free_port();
    let mut command = ctx.std_command("pilet", &["debug", "--port", &port.to_string()]);
    command
        .current_dir(&sibling)
        .stderr(std::process::Stdio::null())
        .stdout(std::process::Stdio::null());
    let mut child = command.spawn().unwrap();
    let origin = format!("http://127.0.0.1:{port}");
    let start = std::time::Instant::now();
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(
            start.elapsed() < std::time::Duration::from_secs(60),
            "pilet debug did not start"
        );
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    let report = render(
        std::path::Path::new("."),
        &["--url", &origin, "--expect", "Welcome to Piral!"],
    );
    let _ = child.kill();
    let _ = child.wait();
    assert_rendered(&report);
}

/// A pilet written the way real projects are (issue: the bundler reads source the way real
/// projects write it), scaffolded from the real `sample-piral` emulator: tsconfig's automatic
/// JSX runtime (no `import React`), a CSS module, tsconfig `target: es6` with `?.`, `??` and a
/// private field. It renders inside that emulator with the module's style applied.
#[test]
fn a_pilet_written_like_real_projects_renders_in_sample_piral() {
    let ctx = TestContext::new();
    let real = ctx.sample_piral_pilet("real");
    let tsconfig = std::fs::read_to_string(real.join("tsconfig.json")).unwrap();
    assert!(tsconfig.contains("\"target\": \"es6\""), "{tsconfig}");
    std::fs::write(
        real.join("tsconfig.json"),
        tsconfig.replace("\"jsx\": \"react\"", "\"jsx\": \"react-jsx\""),
    )
    .unwrap();
    std::fs::write(
        real.join("src/tile.module.css"),
        ".tile { border: 3px solid rgb(10, 20, 30); }\n.tile .count { font-weight: 700; }\n",
    )
    .unwrap();
    std::fs::write(
        real.join("src/index.tsx"),
        r#"import type { PiletApi } from 'sample-piral';
import styles from './tile.module.css';

class Counter {
  #count = 0;
  next() {
    return ++this.#count;
  }
}

const Tile = ({ label }: { label?: string }) => {
  const counter = new Counter();
  const text = label ?? 'Written like real code';
  return (
    <div data-test="real" className={styles.tile}>
      {text?.toUpperCase()} <span className={styles.count}>{counter.next()}</span>
    </div>
  );
};

export function setup(app: PiletApi) {
  app.registerTile(() => <Tile />, { initialColumns: 2, initialRows: 2 });
}
"#,
    )
    .unwrap();
    let output = run(ctx
        .pilet(&["build", "--type", "standalone"])
        .current_dir(&real));
    assert_exit(&output, 0);
    let main = std::fs::read_to_string(real.join("dist/index.js")).unwrap();
    for later in ["#count", "??", "?."] {
        assert!(!main.contains(later), "`{later}` is not es6: {main}");
    }
    let report = render(
        &real.join("dist/standalone"),
        &[
            "--expect",
            "WRITTEN LIKE REAL CODE",
            "--eval",
            "getComputedStyle(document.querySelector('[data-test=real]')).borderTopColor",
            "--eval",
            "getComputedStyle(document.querySelector('[data-test=real] span')).fontWeight",
            "--eval",
            "document.querySelector('[data-test=real]').className",
        ],
    );
    assert_rendered(&report);
    assert_eq!(report["evals"][0], "rgb(10, 20, 30)", "{report:#}");
    assert_eq!(report["evals"][1], "700", "{report:#}");
    let class = report["evals"][2].as_str().unwrap();
    assert!(!class.is_empty() && class != "tile", "scoped: {class}");
}
