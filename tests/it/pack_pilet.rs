//! `pilet pack`: layout, naming, reproducibility, npm's acceptance, bad manifests.

use crate::common::{TestContext, assert_exit, run, stderr};

fn pilet(ctx: &TestContext, dir: &str, name: &str) {
    ctx.write(
        &format!("{dir}/package.json"),
        format!(r#"{{"name":"{name}","version":"1.0.0","main":"dist/index.js","files":["dist"]}}"#),
    );
    ctx.write(
        &format!("{dir}/dist/index.js"),
        "//@pilet v:2(pr_p,{})\nSystem.register([],function(){});\n",
    );
    ctx.write(
        &format!("{dir}/dist/Page-1a2b3c.js"),
        "System.register([],function(){});\n",
    );
    ctx.write(
        &format!("{dir}/src/index.tsx"),
        "export function setup() {}\n",
    );
    ctx.write(&format!("{dir}/README.md"), "# pilet\n");
}

fn tar_list(path: &std::path::Path) -> Vec<String> {
    let output = std::process::Command::new("tar")
        .arg("tzvf")
        .arg(path)
        .output()
        .unwrap();
    assert!(output.status.success());
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .map(String::from)
        .collect()
}

#[test]
fn packs_an_npm_compatible_reproducible_tarball() {
    let ctx = TestContext::new();
    pilet(&ctx, "p", "@org/a");
    let output = run(&mut ctx.pilet(&["pack", "p", "--target", "p", "--json"]));
    assert_exit(&output, 0);
    let doc: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(doc["command"], "pilet pack");
    assert!(doc["integrity"].as_str().unwrap().starts_with("sha512-"));
    let tgz = ctx.path().join("p/org-a-1.0.0.tgz");
    let listing = tar_list(&tgz);
    let paths: Vec<&str> = listing
        .iter()
        .map(|l| l.rsplit(' ').next().unwrap())
        .collect();
    assert_eq!(
        paths,
        [
            "package/README.md",
            "package/dist/Page-1a2b3c.js",
            "package/dist/index.js",
            "package/package.json"
        ]
    );
    for line in &listing {
        assert!(line.starts_with("-rw-r--r-- 0/0"), "{line}");
        assert!(line.contains("1985-10-26 08:15"), "{line}");
    }
    let first = std::fs::read(&tgz).unwrap();

    // Packing again (the old tarball now inside the package folder) gives the same bytes.
    let output = run(&mut ctx.piral(&["pilet", "pack", "p", "--target", "p"]));
    assert_exit(&output, 0);
    assert_eq!(std::fs::read(&tgz).unwrap(), first);

    let npm = std::process::Command::new("npm")
        .args(["publish", "--dry-run", "--registry", "http://127.0.0.1:9/"])
        .arg(&tgz)
        .env("HOME", &ctx.home)
        .output()
        .unwrap();
    assert!(
        npm.status.success(),
        "npm refuses the tarball: {}",
        String::from_utf8_lossy(&npm.stderr)
    );
    assert!(String::from_utf8_lossy(&npm.stdout).contains("@org/a@1.0.0"));
}

#[test]
fn target_may_be_a_file_or_a_folder() {
    let ctx = TestContext::new();
    pilet(&ctx, "p", "plain");
    let output = run(ctx
        .pilet(&["pack", "--target", "../out/x.tgz"])
        .current_dir(ctx.path().join("p")));
    assert_exit(&output, 0);
    assert!(ctx.path().join("out/x.tgz").is_file());
    let output = run(ctx
        .pilet(&["package", "--target", "../out"])
        .current_dir(ctx.path().join("p")));
    assert_exit(&output, 0);
    assert!(ctx.path().join("out/plain-1.0.0.tgz").is_file());
    assert_eq!(
        std::fs::read(ctx.path().join("out/x.tgz")).unwrap(),
        std::fs::read(ctx.path().join("out/plain-1.0.0.tgz")).unwrap()
    );
}

#[test]
fn bad_manifests_fail_with_their_codes() {
    let ctx = TestContext::new();
    std::fs::create_dir_all(ctx.path().join("empty")).unwrap();
    for (dir, package, code) in [
        ("empty", None, "[0020]"),
        ("noname", Some(r#"{"version":"1.0.0"}"#), "[0021]"),
        ("noversion", Some(r#"{"name":"a"}"#), "[0022]"),
        (
            "escape",
            Some(r#"{"name":"a","version":"1.0.0","files":["../../etc"]}"#),
            "[0033]",
        ),
        (
            "absolute",
            Some(r#"{"name":"a","version":"1.0.0","files":["/etc/passwd"]}"#),
            "[0033]",
        ),
        ("broken", Some("{\"name\": \"a\",,}"), "[0037]"),
    ] {
        if let Some(package) = package {
            ctx.write(&format!("{dir}/package.json"), package);
        }
        let output = run(&mut ctx.pilet(&["pack", dir]));
        assert_exit(&output, 1);
        assert!(stderr(&output).contains(code), "{dir}: {}", stderr(&output));
        let tgz_written = std::fs::read_dir(ctx.path().join(dir))
            .unwrap()
            .any(|e| e.unwrap().path().extension().is_some_and(|x| x == "tgz"));
        assert!(!tgz_written, "{dir}");
    }
}
