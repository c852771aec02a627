//! The command surface: help, versions, aliases, flags, exit codes, `--json`, `explain`.

use crate::common::{TestContext, assert_exit, run, stderr, stdout};

#[test]
fn version_and_help_of_both_programs() {
    let ctx = TestContext::new();
    let output = run(&mut ctx.piral(&["--version"]));
    assert_exit(&output, 0);
    assert_eq!(
        stdout(&output),
        format!("piral {}\n", env!("CARGO_PKG_VERSION"))
    );
    let output = run(&mut ctx.pilet(&["--version"]));
    assert_exit(&output, 0);
    assert_eq!(
        stdout(&output),
        format!("pilet {}\n", env!("CARGO_PKG_VERSION"))
    );

    let output = run(&mut ctx.piral(&["--help"]));
    assert_exit(&output, 0);
    insta::assert_snapshot!("piral_help", stdout(&output));
    let output = run(&mut ctx.piral(&["pilet", "--help"]));
    assert_exit(&output, 0);
    assert!(stdout(&output).contains("Scaffold a new pilet for an app shell"));
    let output = run(&mut ctx.pilet(&["--help"]));
    assert_exit(&output, 0);
    insta::assert_snapshot!("pilet_help", stdout(&output));
    let output = run(&mut ctx.piral(&["new", "--help"]));
    assert_exit(&output, 0);
    insta::assert_snapshot!("piral_new_help", stdout(&output));
}

#[test]
fn old_spellings_run_the_same_commands() {
    let ctx = TestContext::new();
    for (index, spelling) in ["new", "create", "scaffold", "setup", "new-piral"]
        .iter()
        .enumerate()
    {
        let target = format!("shell-{index}");
        let output = run(&mut ctx.piral(&[spelling, &target, "--no-install"]));
        assert_exit(&output, 0);
        assert!(
            ctx.path().join(&target).join("piral.json").is_file(),
            "{spelling}"
        );
    }
    let output = run(&mut ctx.piral(&["new-pilet", "--help"]));
    assert_exit(&output, 0);
    assert!(stdout(&output).contains("--target"));
    let output = run(&mut ctx.pilet(&["create", "--help"]));
    assert_exit(&output, 0);
}

#[test]
fn a_flag_without_value_takes_its_default() {
    let ctx = TestContext::new();
    let output = run(&mut ctx.piral(&[
        "new",
        "shell",
        "--no-install",
        "--language",
        "--template",
        "--force-overwrite",
    ]));
    assert_exit(&output, 0);
    assert!(ctx.path().join("shell/src/index.tsx").is_file());
    assert!(ctx.path().join("shell/src/layout.tsx").is_file());
}

#[test]
fn unknown_flags_and_values_exit_with_2() {
    let ctx = TestContext::new();
    let output = run(&mut ctx.piral(&["new", "--no-such-flag"]));
    assert_exit(&output, 2);
    assert!(
        stderr(&output).contains("unexpected argument '--no-such-flag'"),
        "{}",
        stderr(&output)
    );
    let output = run(&mut ctx.piral(&["new", "--framework", "vue"]));
    assert_exit(&output, 2);
    let output = run(&mut ctx.piral(&["explain", "45", "--fields.tag", "next"]));
    assert_exit(&output, 2);
    assert!(stderr(&output).contains("unexpected argument '--fields.tag'"));
    let output = run(&mut ctx.piral(&["no-such-command"]));
    assert_exit(&output, 2);
    assert!(!ctx.path().join("package.json").exists());
}

#[test]
fn failures_exit_with_1_and_a_code() {
    let ctx = TestContext::new();
    let output = run(&mut ctx.piral(&["new", "shell", "--npm-client", "nope", "--no-install"]));
    assert_exit(&output, 2);
    let output = run(&mut ctx.pilet(&["new", "./missing-shell.tgz", "--no-install"]));
    assert_exit(&output, 1);
    assert!(
        stderr(&output).starts_with("error: [0030] "),
        "{}",
        stderr(&output)
    );
    assert!(!ctx.path().join("package.json").exists());
}

#[test]
fn unknown_templates_fail_as_the_old_cli() {
    let ctx = TestContext::new();
    // No package `@smapiot/piral-template-some-invalid-template-foo` (the old acceptance suite's
    // name): the command fails as piral-cli 1.10.3 did (exit 1), and nothing is scaffolded.
    let output = run(&mut ctx.piral(&[
        "new",
        "shell",
        "--template",
        "some-invalid-template-foo",
        "--no-install",
    ]));
    assert_exit(&output, 1);
    assert!(
        stderr(&output).contains(
            "[0034] the template `some-invalid-template-foo` is not one of the templates built into piral (default, empty) and its package `@smapiot/piral-template-some-invalid-template-foo` could not be used"
        ),
        "{}",
        stderr(&output)
    );
    assert!(!ctx.path().join("shell/src").exists());
}

#[test]
fn json_documents_on_success_and_failure() {
    let ctx = TestContext::new();
    let output = run(&mut ctx.piral(&["new", "shell", "--no-install", "--json"]));
    assert_exit(&output, 0);
    let doc: serde_json::Value =
        serde_json::from_str(&stdout(&output)).expect("stdout is one JSON document");
    assert_eq!(doc["command"], "new");
    assert_eq!(doc["success"], true);
    assert_eq!(doc["name"], "shell");
    assert_eq!(doc["installed"], false);
    assert_eq!(doc["npmClient"], "npm");
    let files: Vec<&str> = doc["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f.as_str().unwrap())
        .collect();
    assert!(
        files.contains(&"package.json") && files.contains(&"src/index.tsx"),
        "{files:?}"
    );
    assert_eq!(doc["diagnostics"], serde_json::json!([]));

    // Run again: the files exist, so the template's are kept with a warning each.
    let output = run(&mut ctx.piral(&[
        "new",
        "shell",
        "--no-install",
        "--json",
        "--vars.title",
        "Other",
    ]));
    assert_exit(&output, 0);
    let doc: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    let diagnostics = doc["diagnostics"].as_array().unwrap();
    assert!(!diagnostics.is_empty());
    assert!(
        diagnostics
            .iter()
            .all(|d| d["code"] == "0045" && d["level"] == "warning"),
        "{diagnostics:?}"
    );
    assert!(stderr(&output).contains("warning: [0045] did not overwrite `src/index.html`"));

    let output = run(&mut ctx.pilet(&["new", "./missing-shell.tgz", "--no-install", "--json"]));
    assert_exit(&output, 1);
    let doc: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(doc["success"], false);
    assert_eq!(doc["error"]["code"], "0030");
    assert!(
        doc["error"]["message"]
            .as_str()
            .unwrap()
            .contains("missing-shell.tgz"),
        "{doc}"
    );
}

#[test]
fn explain_prints_the_long_text() {
    let ctx = TestContext::new();
    let output = run(&mut ctx.piral(&["explain", "0045"]));
    assert_exit(&output, 0);
    assert!(
        stdout(&output).starts_with("[0045] "),
        "{}",
        stdout(&output)
    );
    assert!(stdout(&output).contains("didNotOverWriteFile"));
    let output = run(&mut ctx.piral(&["explain", "45", "--json"]));
    assert_exit(&output, 0);
    let doc: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(doc["code"], "0045");
    assert_eq!(doc["level"], "warning");
    let output = run(&mut ctx.piral(&["explain", "9999"]));
    assert_exit(&output, 1);
    let output = run(&mut ctx.piral(&["explain", "--all"]));
    assert_exit(&output, 0);
    assert!(stdout(&output).lines().count() > 90);
}

#[test]
fn colours_follow_the_flag_and_no_color() {
    let ctx = TestContext::new();
    let output = run(&mut ctx.piral(&["new", "a", "--no-install", "--color", "always"]));
    assert_exit(&output, 0);
    assert!(stderr(&output).contains("\u{1b}["), "colour forced on");
    let output = run(&mut ctx.piral(&["new", "b", "--no-install"]));
    assert_exit(&output, 0);
    assert!(
        !stderr(&output).contains("\u{1b}["),
        "NO_COLOR and no terminal: no colour"
    );
}

#[test]
fn quiet_hides_status_lines() {
    let ctx = TestContext::new();
    let output = run(&mut ctx.piral(&["new", "a", "--no-install", "-q"]));
    assert_exit(&output, 0);
    assert_eq!(stderr(&output), "");
    let output = run(&mut ctx.piral(&["new", "b", "--no-install", "--log-level", "1"]));
    assert_exit(&output, 0);
    assert_eq!(stderr(&output), "");
}

#[test]
fn base_changes_the_working_folder() {
    let ctx = TestContext::new();
    std::fs::create_dir_all(ctx.path().join("work")).unwrap();
    let output = run(&mut ctx.piral(&["new", "shell", "--no-install", "--base", "work"]));
    assert_exit(&output, 0);
    assert!(ctx.path().join("work/shell/package.json").is_file());
    // `new` creates a folder that does not exist yet, as the old CLI; other commands refuse it.
    let output = run(&mut ctx.piral(&["new", "shell", "--no-install", "--base", "new/deeper"]));
    assert_exit(&output, 0);
    assert!(ctx.path().join("new/deeper/shell/package.json").is_file());
    let output = run(&mut ctx.piral(&["validate", "--base", "missing"]));
    assert_exit(&output, 1);
    assert!(!ctx.path().join("missing").exists());
}
