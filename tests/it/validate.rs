//! `piral validate` and `pilet validate`: summaries, exit codes, options from configuration,
//! `--json`, and the registry lookup of `uses-latest-piral` through a stand-in npm.

use std::path::PathBuf;

use crate::common::{TestContext, assert_exit, run, stderr};

/// A folder with an `npm` that answers `npm view … version` with `answer` (or fails).
fn fake_npm(ctx: &TestContext, answer: Option<&str>) -> String {
    let bin = ctx.path().join("fake-bin");
    std::fs::create_dir_all(&bin).unwrap();
    let script = match answer {
        Some(version) => {
            format!("#!/bin/sh\n[ \"$1\" = view ] && echo {version} && exit 0\nexit 1\n")
        }
        None => "#!/bin/sh\necho 'npm error code ECONNREFUSED' >&2\nexit 1\n".to_string(),
    };
    let path = bin.join("npm");
    std::fs::write(&path, script).unwrap();
    use std::os::unix::fs::PermissionsExt as _;
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
    format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    )
}

fn json(output: &std::process::Output) -> serde_json::Value {
    serde_json::from_slice(&output.stdout).expect("one JSON document")
}

#[test]
fn a_scaffolded_shell_is_valid() {
    let ctx = TestContext::new();
    assert_exit(&run(&mut ctx.piral(&["new", "shell", "--no-install"])), 0);
    let output = run(&mut ctx.piral(&["validate", "shell"]));
    assert_exit(&output, 0);
    assert!(
        stderr(&output).contains("Validation successful. No errors or warnings."),
        "{}",
        stderr(&output)
    );
    let output = run(ctx.piral(&["verify"]).current_dir(ctx.path().join("shell")));
    assert_exit(&output, 0);
}

#[test]
fn shell_errors_and_warnings() {
    let ctx = TestContext::new();
    ctx.write(
        "shell/package.json",
        r#"{"name":"shell","version":"1.0.0","app":"./src/index.html","dependencies":{"react":"18"},
        "importmap":{"imports":{"emojis-list":"emojis-list"}}}"#,
    );
    ctx.write(
        "shell/node_modules/emojis-list/package.json",
        r#"{"name":"emojis-list","version":"3.0.0"}"#,
    );
    ctx.write(
        "shell/node_modules/emojis-list/index.js",
        "module.exports = [];",
    );
    ctx.write("shell/src/index.html", "<html></html>");
    ctx.write(
        "shell/piral.json",
        r#"{"pilets":{"files":["missing.txt"],"scripts":{"x":1}}}"#,
    );
    let output = run(&mut ctx.piral(&["validate", "shell", "--json"]));
    assert_exit(&output, 1);
    let err = stderr(&output);
    assert!(
        err.contains(
            "warning: [0001] depends-on-piral: The dependencies of the Piral instance should list"
        ),
        "{err}"
    );
    assert!(
        err.contains("warning: [0001] has-valid-externals: The shared dependency \"emojis-list\""),
        "{err}"
    );
    assert!(
        err.contains(
            "error: [0002] has-valid-files: The scaffolding file \"missing.txt\" is listed"
        ),
        "{err}"
    );
    assert!(err.contains("error: [0002] has-valid-scripts:"), "{err}");
    assert!(
        err.contains("error: [0080] Validation failed. Found 2 error(s)."),
        "{err}"
    );
    let doc = json(&output);
    assert_eq!(doc["success"], false);
    assert_eq!(doc["errors"], 2);
    assert_eq!(doc["warnings"], 2);
    let rules: Vec<&str> = doc["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["rule"].as_str().unwrap())
        .collect();
    assert_eq!(
        rules,
        [
            "depends-on-piral",
            "has-valid-externals",
            "has-valid-files",
            "has-valid-scripts"
        ]
    );
    assert!(
        doc["findings"][0]["message"]
            .as_str()
            .unwrap()
            .contains("Expected:")
    );
    assert_eq!(doc["findings"][0]["severity"], "warning");

    // Only warnings: exit 0 with [0081].
    ctx.write("shell/piral.json", r#"{"pilets":{}}"#);
    let output = run(&mut ctx.piral(&["validate", "shell"]));
    assert_exit(&output, 0);
    assert!(
        stderr(&output).contains("warning: [0081] Validation succeeded with 2 warning(s)."),
        "{}",
        stderr(&output)
    );
}

#[test]
fn shell_manifest_problems_are_coded() {
    let ctx = TestContext::new();
    ctx.write("a/package.json", r#"{"name":"a"}"#);
    let output = run(&mut ctx.piral(&["validate", "a"]));
    assert_exit(&output, 1);
    assert!(stderr(&output).contains("[0071]"));
    ctx.write("b/package.json", "{\"name\": \"b\",\n  \"app\": ./src\n}");
    let output = run(&mut ctx.piral(&["validate", "b"]));
    assert_exit(&output, 1);
    assert!(
        stderr(&output).contains("[0037]") && stderr(&output).contains("package.json:2:"),
        "{}",
        stderr(&output)
    );
    ctx.write(
        "c/package.json",
        r#"{"name":"c","app":"./src/index.html","importmap":{"imports":{"nope":"nope"}}}"#,
    );
    ctx.write("c/src/index.html", "");
    let output = run(&mut ctx.piral(&["validate", "c"]));
    assert_exit(&output, 1);
    assert!(
        stderr(&output).contains("[0027] The reference to \"nope\" could not be resolved"),
        "{}",
        stderr(&output)
    );
}

/// A pilet with an installed emulator shell whose `pilets.validators` are `validators`.
fn pilet_with_shell(ctx: &TestContext, validators: &str, bundle_bytes: usize) -> PathBuf {
    ctx.write(
        "pilet/package.json",
        r#"{"name":"my-pilet","version":"1.0.0","main":"dist/index.js","dependencies":{"lodash":"4"},
            "devDependencies":{"my-shell":"1.0.0"},"importmap":{"imports":{},"inherit":["my-shell"]}}"#,
    );
    ctx.write(
        "pilet/pilet.json",
        r#"{"piralInstances":{"my-shell":{"selected":true}}}"#,
    );
    ctx.write(
        "pilet/src/index.tsx",
        "import * as React from 'react';\nimport type { PiletApi } from 'my-shell';\n",
    );
    ctx.write("pilet/dist/index.js", "x".repeat(bundle_bytes));
    ctx.write("pilet/dist/main.css", "div { color: red }");
    ctx.write(
        "pilet/node_modules/my-shell/package.json",
        format!(
            r#"{{"name":"my-shell","version":"1.0.0","piralCLI":{{"generated":true}},"sharedDependencies":["react"],
                "importmap":{{"imports":{{"react@18.3.1":"react"}}}},"pilets":{{"validators":{validators}}}}}"#
        ),
    );
    ctx.write(
        "pilet/node_modules/react/package.json",
        r#"{"name":"react","version":"18.3.1","main":"index.js"}"#,
    );
    ctx.write("pilet/node_modules/react/index.js", "module.exports = {};");
    ctx.path().join("pilet")
}

#[test]
fn a_clean_pilet() {
    let ctx = TestContext::new();
    let root = pilet_with_shell(&ctx, r#"{"has-non-conflicting-css": 0}"#, 100);
    let path = fake_npm(&ctx, Some("1.0.0"));
    let output = run(ctx
        .pilet(&["validate"])
        .current_dir(&root)
        .env("PATH", path));
    assert_exit(&output, 0);
    assert!(
        stderr(&output).contains("Validation successful. No errors or warnings."),
        "{}",
        stderr(&output)
    );
}

#[test]
fn pilet_rules_take_the_shells_options() {
    let ctx = TestContext::new();
    let root = pilet_with_shell(
        &ctx,
        r#"{"stays-small": 1, "has-no-third-party-dependency": "active", "uses-latest-piral": "required", "has-non-conflicting-css": -60}"#,
        2048,
    );
    let path = fake_npm(&ctx, Some("2.0.0"));
    let output = run(ctx
        .piral(&["pilet", "validate", "--json"])
        .current_dir(&root)
        .env("PATH", path));
    assert_exit(&output, 1);
    let doc = json(&output);
    let found: Vec<(String, String)> = doc["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["rule"].as_str().unwrap().to_string(),
                f["severity"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let found: Vec<(&str, &str)> = found
        .iter()
        .map(|(a, b)| (a.as_str(), b.as_str()))
        .collect();
    assert_eq!(
        found,
        [
            ("has-no-third-party-dependency", "error"),
            ("has-non-conflicting-css", "warning"),
            ("stays-small", "error"),
            ("uses-latest-piral", "error"),
        ]
    );
    let err = stderr(&output);
    assert!(
        err.contains("The main bundle is too large.\n  Maximum: 1 kB.\n  Received: 2 kB."),
        "{err}"
    );
    assert!(err.contains("The used version of \"my-shell\" is outdated.\n  Expected: v2.0.0.\n  Received: v1.0.0."), "{err}");
    assert!(
        err.contains("[0080] Validation failed. Found 3 error(s)."),
        "{err}"
    );
    let importmap = &doc["subject"][0]["importmap"][0];
    assert_eq!(importmap["id"], "react@18.3.1");
    assert_eq!(importmap["parents"], serde_json::json!(["my-shell"]));
}

#[test]
fn offline_registry_is_only_a_warning() {
    let ctx = TestContext::new();
    let root = pilet_with_shell(&ctx, r#"{"has-non-conflicting-css": 0}"#, 10);
    let path = fake_npm(&ctx, None);
    let output = run(ctx.pilet(&["lint"]).current_dir(&root).env("PATH", path));
    assert_exit(&output, 0);
    let err = stderr(&output);
    assert!(
        err.contains("uses-latest-piral: The used version of \"my-shell\" could not be determined"),
        "{err}"
    );
    assert!(
        err.contains("[0081] Validation succeeded with 1 warning(s)."),
        "{err}"
    );
}

#[test]
fn pilet_problems_are_coded() {
    let ctx = TestContext::new();
    ctx.write("p/package.json", r#"{"name":"p","version":"1.0.0"}"#);
    ctx.write("p/pilet.json", r#"{"piralInstances":{"missing-shell":{}}}"#);
    ctx.write("p/src/index.tsx", "");
    let output = run(ctx.pilet(&["validate"]).current_dir(ctx.path().join("p")));
    assert_exit(&output, 1);
    assert!(
        stderr(&output).contains("[0010] the app shell `missing-shell` could not be found"),
        "{}",
        stderr(&output)
    );
    let output = run(ctx
        .pilet(&["validate", "./nothing-here"])
        .current_dir(ctx.path().join("p")));
    assert_exit(&output, 1);
    assert!(stderr(&output).contains("[0077]"));
    ctx.write(
        "p/package.json",
        r#"{"name":"p","version":"1.0.0","importmap":{"imports":{"x@^9":"x"}}}"#,
    );
    ctx.write(
        "p/node_modules/x/package.json",
        r#"{"name":"x","version":"1.0.0"}"#,
    );
    let output = run(ctx.pilet(&["validate"]).current_dir(ctx.path().join("p")));
    assert_exit(&output, 1);
    assert!(stderr(&output).contains("[0025]"), "{}", stderr(&output));
}

#[test]
fn latest_versions_are_cached_for_a_while() {
    let ctx = TestContext::new();
    let root = pilet_with_shell(&ctx, r#"{"has-non-conflicting-css": 0}"#, 10);
    let output = run(ctx
        .pilet(&["validate"])
        .current_dir(&root)
        .env("PATH", fake_npm(&ctx, Some("1.0.0"))));
    assert_exit(&output, 0);
    // The registry now says 2.0.0, but the answer from a moment ago still holds.
    let output = run(ctx
        .pilet(&["validate"])
        .current_dir(&root)
        .env("PATH", fake_npm(&ctx, Some("2.0.0"))));
    assert_exit(&output, 0);
    assert!(!stderr(&output).contains("outdated"), "{}", stderr(&output));
    assert!(ctx.home.join(".cache/piral/latest-versions.json").is_file());
}
