//! `piral new`: templates, languages, frameworks, variables, registries, install or not.

use crate::common::{TestContext, assert_exit, run, stderr};

fn files_below(root: &std::path::Path) -> Vec<String> {
    let mut out = Vec::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                out.push(
                    path.strip_prefix(root)
                        .unwrap()
                        .to_string_lossy()
                        .replace('\\', "/"),
                );
            }
        }
    }
    out.sort();
    out
}

#[test]
fn typescript_shell_with_the_default_template() {
    let ctx = TestContext::new();
    let output = run(ctx
        .piral(&["new", "my-shell", "--no-install"])
        .env_remove("PIRAL_CLIPACKAGE"));
    assert_exit(&output, 0);
    assert_eq!(
        files_below(&ctx.path().join("my-shell")),
        [
            "package.json",
            "piral.json",
            "src/assets.d.ts",
            "src/feed.ts",
            "src/index.html",
            "src/index.tsx",
            "src/layout.tsx",
            "src/mocks/backend.js",
            "src/priority.ts",
            "src/style.scss",
            "tsconfig.json"
        ]
    );
    let pkg = ctx.json("my-shell/package.json");
    assert_eq!(pkg["name"], "my-shell");
    assert_eq!(pkg["version"], "1.0.0");
    assert_eq!(pkg["app"], "./src/index.html");
    assert_eq!(pkg["scripts"]["start"], "piral debug");
    assert_eq!(pkg["scripts"]["build"], "piral build");
    assert_eq!(pkg["scripts"]["postinstall"], "piral declaration");
    assert_eq!(
        pkg["importmap"],
        serde_json::json!({"imports": {}, "inherit": ["piral-base", "piral-core", "piral"]})
    );
    assert_eq!(pkg["dependencies"]["piral"], "1.10.3");
    assert_eq!(pkg["dependencies"]["react"], "^18.0.0");
    assert_eq!(pkg["dependencies"]["react-router-dom"], "^5.3.4");
    let dev = pkg["devDependencies"].as_object().unwrap();
    assert!(dev.contains_key("typescript") && dev.contains_key("@types/react"));
    assert!(
        !dev.keys()
            .chain(pkg["dependencies"].as_object().unwrap().keys())
            .any(|k| k.starts_with("piral-cli-")),
        "no bundler plugin: {pkg}"
    );
    // This CLI's npm package at the running version, so a clone runs without Rust, under the
    // old CLI's name (an npm alias).
    assert_eq!(
        dev["piral-cli"],
        format!("npm:@piral-rs/cli@{}", env!("CARGO_PKG_VERSION"))
    );
    let piral = ctx.json("my-shell/piral.json");
    assert_eq!(
        piral["$schema"],
        "https://docs.piral.io/schemas/piral-v0.json"
    );
    assert_eq!(piral["isolation"], "modern");
    assert_eq!(piral["pilets"]["template"], "default");
    // The mock backend of the template goes to every new pilet.
    assert_eq!(
        piral["pilets"]["files"],
        serde_json::json!([{ "from": "src/mocks", "to": "src/mocks" }])
    );
    assert!(!ctx.path().join("my-shell/.npmrc").exists());
    assert!(
        !ctx.path().join("my-shell/node_modules").exists(),
        "--no-install installs nothing"
    );
    let html = ctx.read("my-shell/src/index.html");
    assert!(html.contains(r#"<script src="./index.tsx"></script>"#));
    assert!(html.contains("<title>My Piral Instance</title>"));
}

#[test]
fn javascript_shell() {
    let ctx = TestContext::new();
    let output = run(&mut ctx.piral(&["new", "js-shell", "--language", "js", "--no-install"]));
    assert_exit(&output, 0);
    assert_eq!(
        files_below(&ctx.path().join("js-shell")),
        [
            "package.json",
            "piral.json",
            "src/feed.js",
            "src/index.html",
            "src/index.jsx",
            "src/layout.jsx",
            "src/mocks/backend.js",
            "src/priority.js",
            "src/style.scss"
        ]
    );
    let pkg = ctx.json("js-shell/package.json");
    assert!(pkg["devDependencies"].get("typescript").is_none());
    assert!(!ctx.read("js-shell/src/layout.jsx").contains("Partial<"));
    assert!(
        ctx.read("js-shell/src/index.html")
            .contains(r#"<script src="./index.jsx"></script>"#)
    );
}

#[test]
fn empty_template_and_other_frameworks() {
    let ctx = TestContext::new();
    let output = run(&mut ctx.piral(&["new", "empty", "--template", "empty", "--no-install"]));
    assert_exit(&output, 0);
    assert_eq!(
        files_below(&ctx.path().join("empty")),
        [
            "package.json",
            "piral.json",
            "src/assets.d.ts",
            "src/index.html",
            "src/index.tsx",
            "tsconfig.json"
        ]
    );
    // The old CLI's empty template: the instance and nothing else.
    let index = ctx.read("empty/src/index.tsx");
    assert!(
        index.contains("import { createInstance, Piral } from 'piral';")
            && index.contains("return Promise.resolve([]);")
            && index.contains("root.render(<Piral instance={instance} />);"),
        "{index}"
    );

    let output = run(&mut ctx.piral(&["new", "core", "--framework", "piral-core", "--no-install"]));
    assert_exit(&output, 0);
    let pkg = ctx.json("core/package.json");
    assert_eq!(
        pkg["importmap"]["inherit"],
        serde_json::json!(["piral-base", "piral-core"])
    );
    assert!(pkg["dependencies"].get("piral").is_none());
    assert!(ctx.read("core/src/index.tsx").contains("from 'piral-core'"));

    let output = run(&mut ctx.piral(&["new", "base", "--framework", "piral-base", "--no-install"]));
    assert_exit(&output, 0);
    let pkg = ctx.json("base/package.json");
    assert_eq!(
        pkg["importmap"]["inherit"],
        serde_json::json!(["piral-base"])
    );
    assert!(pkg["dependencies"].get("react").is_none());
    assert!(ctx.read("base/src/index.ts").contains("startLoadingPilets"));
}

#[test]
fn variables_name_and_tag() {
    let ctx = TestContext::new();
    let output = run(&mut ctx.piral(&[
        "new",
        "folder",
        "--no-install",
        "--vars.title",
        "Shop <Shell>",
        "--vars.feedUrl=http://127.0.0.1:9000/api/v1/pilet",
        "--name",
        "@acme/shop",
        "--tag",
        "1.9.0",
    ]));
    assert_exit(&output, 0);
    assert!(
        ctx.read("folder/src/index.html")
            .contains("<title>Shop &lt;Shell&gt;</title>")
    );
    assert!(
        ctx.read("folder/src/index.tsx")
            .contains("const feedUrl = 'http://127.0.0.1:9000/api/v1/pilet';")
    );
    assert!(
        ctx.read("folder/src/index.html")
            .contains(r#"<meta name="piral-feed" content="http://127.0.0.1:9000/api/v1/pilet">"#)
    );
    let pkg = ctx.json("folder/package.json");
    assert_eq!(pkg["name"], "@acme/shop");
    assert_eq!(pkg["dependencies"]["piral-core"], "1.9.0");
}

#[test]
fn registry_writes_npmrc_only_when_it_differs() {
    let ctx = TestContext::new();
    let output = run(&mut ctx.piral(&[
        "new",
        "a",
        "--no-install",
        "--registry",
        "http://127.0.0.1:4873/",
    ]));
    assert_exit(&output, 0);
    assert_eq!(ctx.read("a/.npmrc"), "registry=http://127.0.0.1:4873/\n");

    // The registry npm is configured with anyway needs no .npmrc.
    let configured = std::process::Command::new("npm")
        .args(["config", "get", "registry"])
        .output()
        .unwrap();
    let configured = String::from_utf8_lossy(&configured.stdout)
        .trim()
        .to_string();
    let output = run(&mut ctx.piral(&["new", "b", "--no-install", "--registry", &configured]));
    assert_exit(&output, 0);
    assert!(!ctx.path().join("b/.npmrc").exists());
}

#[test]
fn bundler_is_accepted_and_ignored_with_a_note() {
    let ctx = TestContext::new();
    let output = run(&mut ctx.piral(&["new", "s", "--no-install", "--bundler", "esbuild"]));
    assert_exit(&output, 0);
    assert!(
        stderr(&output).contains("note: `--bundler esbuild` is ignored"),
        "{}",
        stderr(&output)
    );
    let pkg = ctx.json("s/package.json");
    assert!(pkg["devDependencies"].get("piral-cli-esbuild").is_none());
}

#[test]
fn existing_files_follow_force_overwrite() {
    let ctx = TestContext::new();
    ctx.write(
        "s/package.json",
        r#"{"name":"kept","private":true,"scripts":{"test":"jest"}}"#,
    );
    ctx.write("s/src/index.html", "mine");
    let output = run(&mut ctx.piral(&["new", "s", "--no-install"]));
    assert_exit(&output, 0);
    assert_eq!(ctx.read("s/src/index.html"), "mine");
    assert!(stderr(&output).contains("[0045]"));
    let pkg = ctx.json("s/package.json");
    assert_eq!(
        pkg["name"], "kept",
        "an existing package.json is patched, not replaced"
    );
    assert_eq!(pkg["private"], true);
    assert_eq!(pkg["scripts"]["test"], "jest");
    assert_eq!(pkg["scripts"]["start"], "piral debug");
    let keys: Vec<&String> = pkg.as_object().unwrap().keys().collect();
    assert_eq!(
        &keys[..3],
        ["name", "private", "scripts"],
        "key order is kept"
    );

    let output = run(&mut ctx.piral(&["new", "s", "--no-install", "--force-overwrite", "yes"]));
    assert_exit(&output, 0);
    assert!(ctx.read("s/src/index.html").contains("<!DOCTYPE html>"));

    // Without a terminal, `prompt` keeps files as `no` does.
    ctx.write("s/src/index.html", "mine again");
    let output = run(&mut ctx.piral(&["new", "s", "--no-install", "--force-overwrite", "prompt"]));
    assert_exit(&output, 0);
    assert_eq!(ctx.read("s/src/index.html"), "mine again");
}

#[test]
fn npm_client_is_detected_from_lock_files() {
    let ctx = TestContext::new();
    ctx.write("mono/pnpm-lock.yaml", "");
    let output = run(&mut ctx.piral(&["new", "mono/shell", "--no-install", "--json"]));
    assert_exit(&output, 0);
    let doc: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(doc["npmClient"], "pnpm");
    let output = run(&mut ctx.piral(&[
        "new",
        "mono/shell2",
        "--no-install",
        "--json",
        "--npm-client",
        "yarn",
    ]));
    let doc: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(doc["npmClient"], "yarn");
}

#[test]
fn broken_package_json_is_a_coded_error_with_a_position() {
    let ctx = TestContext::new();
    ctx.write(
        "s/package.json",
        "{\n  \"name\": \"x\"\n  \"version\": \"1.0.0\"\n}\n",
    );
    let output = run(&mut ctx.piral(&["new", "s", "--no-install"]));
    assert_exit(&output, 1);
    let err = stderr(&output);
    assert!(err.contains("[0037]"), "{err}");
    assert!(err.contains("s/package.json:3:3"), "{err}");
    assert!(err.contains(">3 |   \"version\": \"1.0.0\""), "{err}");
    assert_eq!(
        ctx.read("s/package.json"),
        "{\n  \"name\": \"x\"\n  \"version\": \"1.0.0\"\n}\n",
        "the file is untouched"
    );
}

#[test]
fn install_runs_the_npm_client() {
    // A shell with only piral-base keeps the real install small.
    let ctx = TestContext::new();
    let output =
        run(&mut ctx.piral(&["new", "s", "--framework", "piral-base", "--language", "js"]));
    assert_exit(&output, 0);
    assert!(
        ctx.path()
            .join("s/node_modules/piral-base/package.json")
            .is_file()
    );
    assert!(ctx.path().join("s/package-lock.json").is_file());
}

/// The registry lacks the CLI package (a mirror without it, an unpublished build): the shell is
/// installed without it, with a `[0181]` warning; `cliPackage: false` leaves it out unasked.
#[test]
fn a_registry_without_the_cli_package_still_installs_the_shell() {
    let ctx = TestContext::new();
    let output = run(ctx
        .piral(&[
            "new",
            "base",
            "--framework",
            "piral-base",
            "--language",
            "js",
        ])
        .env("PIRAL_CLIPACKAGE", "@piral-rs/cli@0.0.0-never-published"));
    assert_exit(&output, 0);
    assert!(
        stderr(&output).contains("[0181]")
            && stderr(&output).contains("@piral-rs/cli@0.0.0-never-published"),
        "{}",
        stderr(&output)
    );
    let pkg = ctx.json("base/package.json");
    assert!(pkg["scripts"].get("postinstall").is_none(), "{pkg}");
    assert!(pkg["devDependencies"].get("piral-cli").is_none(), "{pkg}");
    assert!(
        ctx.path()
            .join("base/node_modules/piral-base/package.json")
            .is_file()
    );

    ctx.write(".piralrc", r#"{ "cliPackage": false }"#);
    let output = run(ctx
        .piral(&["new", "off", "--no-install"])
        .env_remove("PIRAL_CLIPACKAGE"));
    assert_exit(&output, 0);
    assert!(
        ctx.json("off/package.json")["devDependencies"]
            .get("piral-cli")
            .is_none()
    );
    ctx.write(".piralrc", r#"{ "cliPackage": "@corp/piral@^2.0.0" }"#);
    let output = run(ctx
        .piral(&["new", "corp", "--no-install"])
        .env_remove("PIRAL_CLIPACKAGE"));
    assert_exit(&output, 0);
    assert_eq!(
        ctx.json("corp/package.json")["devDependencies"]["piral-cli"],
        "npm:@corp/piral@^2.0.0"
    );
}

/// `piral upgrade <version>` sets every installed package of the Piral repository to that
/// release and installs it; a release that does not exist is `[0024]` and changes nothing.
#[test]
fn upgrade_moves_the_piral_packages_to_one_release() {
    let ctx = TestContext::new();
    let output = run(&mut ctx.piral(&[
        "new",
        "base",
        "--framework",
        "piral-base",
        "--language",
        "js",
    ]));
    assert_exit(&output, 0);
    let base = ctx.path().join("base");
    assert_eq!(
        ctx.json("base/package.json")["dependencies"]["piral-base"],
        "1.10.3"
    );

    let output = run(ctx.piral(&["upgrade", "9.9.9"]).current_dir(&base));
    assert_exit(&output, 1);
    assert!(stderr(&output).contains("[0024]"), "{}", stderr(&output));
    assert_eq!(
        ctx.json("base/package.json")["dependencies"]["piral-base"],
        "1.10.3"
    );

    let output = run(ctx
        .piral(&["upgrade", "1.10.2", "--json"])
        .current_dir(&base));
    assert_exit(&output, 0);
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(
        report["packages"],
        serde_json::json!(["piral-base"]),
        "{report}"
    );
    assert_eq!(
        ctx.json("base/package.json")["dependencies"]["piral-base"],
        "1.10.2"
    );
    assert_eq!(
        ctx.json("base/node_modules/piral-base/package.json")["version"],
        "1.10.2"
    );
}
