//! The Content Security Policy a release shell needs, written by `piral build --type release`:
//! into index.html as `<meta http-equiv>`, and as the header files of the hosts users deploy
//! to (`staticwebapp.config.json` for Azure Static Web Apps, `_headers` for Netlify and
//! Cloudflare Pages).
//!
//! The policy allows what the release itself loads and nothing else: its own files (`'self'`
//! and the origin of an absolute `--public-url`), the inline scripts and styles of its HTML by
//! their hashes, the feed it fetches (the origin of its `piral-feed` meta tag, and `feeds` of
//! `csp` in piral.json), and the origins its pilets are served from (`pilets`). The runtime this
//! CLI writes for shells and v1–v3 pilets needs no `eval`; v0 pilets are evaluated with
//! `new Function` by piral-base and need `'unsafe-eval'` (`"allowEval": true`).
//!
//! `csp` in piral.json: `false` writes no policy; an object takes `feeds`, `pilets` (lists of
//! origins or URLs), `directives` (extra sources per directive) and `allowEval`.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{Map, Value, json};

use crate::bundler::emit::OutputFile;

/// What piral.json's `csp` says.
#[derive(Debug, Default, Clone, PartialEq)]
pub(crate) struct CspConfig {
    pub(crate) feeds: Vec<String>,
    pub(crate) pilets: Vec<String>,
    pub(crate) directives: BTreeMap<String, Vec<String>>,
    pub(crate) allow_eval: bool,
}

impl CspConfig {
    /// `csp` of piral.json: `None` when it is `false` (no policy is written).
    pub(crate) fn from_piral_json(piral_json: &Map<String, Value>) -> Option<Self> {
        let strings = |value: Option<&Value>| -> Vec<String> {
            match value {
                Some(Value::String(one)) => vec![one.clone()],
                Some(Value::Array(list)) => list
                    .iter()
                    .filter_map(Value::as_str)
                    .map(String::from)
                    .collect(),
                _ => Vec::new(),
            }
        };
        match piral_json.get("csp") {
            Some(Value::Bool(false)) => None,
            Some(Value::Object(csp)) => Some(Self {
                feeds: strings(csp.get("feeds")),
                pilets: strings(csp.get("pilets")),
                directives: csp
                    .get("directives")
                    .and_then(Value::as_object)
                    .map(|directives| {
                        directives
                            .iter()
                            .map(|(name, sources)| (name.clone(), strings(Some(sources))))
                            .collect()
                    })
                    .unwrap_or_default(),
                allow_eval: csp.get("allowEval").and_then(Value::as_bool) == Some(true),
            }),
            _ => Some(Self::default()),
        }
    }
}

/// The origin of an absolute URL (`https://cdn.example:8443`), if it is one.
fn origin(url: &str) -> Option<String> {
    let parsed = reqwest::Url::parse(url).ok()?;
    if !matches!(parsed.scheme(), "http" | "https") {
        return None;
    }
    Some(parsed.origin().ascii_serialization())
}

/// A source as written in piral.json: a URL stands for its origin, anything else (`https:`,
/// `'self'`, `*.example.com`) is taken as it is.
fn source(value: &str) -> String {
    origin(value).unwrap_or_else(|| value.to_string())
}

/// `'sha256-…'` of an inline script or style.
fn hash_source(content: &str) -> String {
    format!("'{}'", crate::digest::sri_sha256(content.as_bytes()))
}

/// The contents of the inline `<tag>` elements of `html` (those without `src`), and the content
/// of its `piral-feed` meta tag.
fn inline_elements(html: &str, tag: &str) -> Vec<String> {
    let lower = html.to_ascii_lowercase();
    let open = format!("<{tag}");
    let close = format!("</{tag}>");
    let mut found = Vec::new();
    let mut at = 0;
    while let Some(start) = lower[at..].find(&open).map(|i| at + i) {
        let Some(head_end) = lower[start..].find('>').map(|i| start + i + 1) else {
            break;
        };
        let Some(end) = lower[head_end..].find(&close).map(|i| head_end + i) else {
            break;
        };
        let head = &lower[start..head_end];
        let after_name = head.as_bytes().get(open.len()).copied();
        let is_element = matches!(after_name, Some(b' ' | b'>' | b'\t' | b'\n' | b'\r'));
        let external = head.contains(" src=") || head.contains(" src =");
        let data = head.contains("type=\"application/json\"")
            || head.contains("type=\"importmap\"")
            || head.contains("type=\"systemjs-importmap\"");
        if is_element && !external && !data && end > head_end {
            found.push(html[head_end..end].to_string());
        }
        at = end + close.len();
    }
    found
}

/// The `content` of `<meta name="piral-feed" …>`, if the page has one.
pub(crate) fn feed_of(html: &str) -> Option<String> {
    super::html::meta_content(html, "name", "piral-feed")
}

/// Adds the origin of `url` (a feed an environment's page names) to what the page's policy
/// meta tag allows to fetch and load from; a page without a policy, or a relative URL, stays.
pub(crate) fn allow_origin(page: &mut String, url: &str) {
    let Some(origin) = origin(url) else {
        return;
    };
    let Some(policy) = super::html::meta_content(page, "http-equiv", "Content-Security-Policy")
    else {
        return;
    };
    let updated = policy
        .split(';')
        .map(|directive| {
            let directive = directive.trim();
            let name = directive.split_whitespace().next().unwrap_or_default();
            let fetches = FEED_DIRECTIVES.contains(&name);
            if fetches && !directive.split_whitespace().any(|s| s == origin) {
                format!("{directive} {origin}")
            } else {
                directive.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("; ");
    super::html::set_meta(page, "http-equiv", "Content-Security-Policy", &updated);
}

/// What a feed's origin is allowed: its document, and the pilets' files a feed service serves.
const FEED_DIRECTIVES: [&str; 5] = [
    "connect-src",
    "script-src",
    "style-src",
    "img-src",
    "font-src",
];

/// The policy for a release whose HTML is `html`, served under `public_url`.
pub(crate) fn policy(
    html: &str,
    public_url: &str,
    config: &CspConfig,
) -> Vec<(String, Vec<String>)> {
    let mut directives: BTreeMap<&str, BTreeSet<String>> = BTreeMap::new();
    let mut add = |name: &'static str, sources: &mut dyn Iterator<Item = String>| {
        directives.entry(name).or_default().extend(sources);
    };
    let own: Vec<String> = std::iter::once("'self'".to_string())
        .chain(origin(public_url))
        .collect();
    let pilets: Vec<String> = config.pilets.iter().map(|p| source(p)).collect();
    let feeds: Vec<String> = config
        .feeds
        .iter()
        .map(|f| source(f))
        .chain(feed_of(html).as_deref().and_then(origin))
        .collect();
    add("default-src", &mut std::iter::once("'self'".to_string()));
    // Pilets come from the feed's origin too when a feed service serves their files.
    let pilets: Vec<String> = pilets.iter().chain(&feeds).cloned().collect();
    let mut scripts: Vec<String> = own.iter().chain(&pilets).cloned().collect();
    scripts.extend(
        inline_elements(html, "script")
            .iter()
            .map(|s| hash_source(s)),
    );
    if config.allow_eval {
        scripts.push("'unsafe-eval'".into());
    }
    add("script-src", &mut scripts.into_iter());
    let mut styles: Vec<String> = own.iter().chain(&pilets).cloned().collect();
    styles.extend(
        inline_elements(html, "style")
            .iter()
            .map(|s| hash_source(s)),
    );
    add("style-src", &mut styles.into_iter());
    for media in ["img-src", "font-src"] {
        add(
            media,
            &mut own
                .iter()
                .chain(&pilets)
                .cloned()
                .chain(std::iter::once("data:".to_string())),
        );
    }
    add("connect-src", &mut own.iter().chain(&pilets).cloned());
    add("object-src", &mut std::iter::once("'none'".to_string()));
    add("base-uri", &mut std::iter::once("'self'".to_string()));
    add("form-action", &mut std::iter::once("'self'".to_string()));
    add(
        "frame-ancestors",
        &mut std::iter::once("'self'".to_string()),
    );
    let mut policy: Vec<(String, Vec<String>)> = directives
        .into_iter()
        .map(|(name, sources)| (name.to_string(), sources.into_iter().collect()))
        .collect();
    for (name, extra) in &config.directives {
        let extra = extra.iter().map(|s| source(s));
        match policy.iter_mut().find(|(n, _)| n == name) {
            Some((_, sources)) => {
                for s in extra {
                    if !sources.contains(&s) {
                        sources.push(s);
                    }
                }
            }
            None => policy.push((name.clone(), extra.collect())),
        }
    }
    policy
}

/// The policy as a header value; `for_meta` leaves out what a `<meta>` policy may not hold
/// (`frame-ancestors`).
pub(crate) fn render(policy: &[(String, Vec<String>)], for_meta: bool) -> String {
    policy
        .iter()
        .filter(|(name, _)| !(for_meta && name == "frame-ancestors"))
        .map(|(name, sources)| format!("{name} {}", sources.join(" ")))
        .collect::<Vec<_>>()
        .join("; ")
}

/// Adds the policy to the release's files: the meta tag in every HTML page (its own inline
/// hashes), `staticwebapp.config.json` and `_headers` with the policy of index.html. A
/// `staticwebapp.config.json` the release already has keeps its settings.
pub(crate) fn apply(files: &mut Vec<OutputFile>, public_url: &str, config: &CspConfig) {
    // The header holds what every page needs (their inline hashes together).
    let mut union: Vec<(String, Vec<String>)> = Vec::new();
    for file in files.iter_mut().filter(|f| f.name.ends_with(".html")) {
        let mut page = String::from_utf8_lossy(&file.bytes).into_owned();
        let policy = policy(&page, public_url, config);
        for (name, sources) in &policy {
            match union.iter_mut().find(|(n, _)| n == name) {
                Some((_, all)) => {
                    for source in sources {
                        if !all.contains(source) {
                            all.push(source.clone());
                        }
                    }
                }
                None => union.push((name.clone(), sources.clone())),
            }
        }
        super::html::set_meta(
            &mut page,
            "http-equiv",
            "Content-Security-Policy",
            &render(&policy, true),
        );
        file.bytes = page.into_bytes();
    }
    let header = (!union.is_empty()).then(|| render(&union, false));
    let Some(header) = header else {
        return;
    };
    let swa = files
        .iter()
        .position(|f| f.name == "staticwebapp.config.json");
    let mut config = swa
        .and_then(|at| serde_json::from_slice::<Value>(&files[at].bytes).ok())
        .filter(Value::is_object)
        .unwrap_or_else(|| json!({}));
    config["globalHeaders"]["Content-Security-Policy"] = Value::from(header.as_str());
    let bytes = crate::manifest::to_pretty(&config).into_bytes();
    match swa {
        Some(at) => files[at].bytes = bytes,
        None => files.push(OutputFile {
            name: "staticwebapp.config.json".into(),
            bytes,
        }),
    }
    let headers = format!("/*\n  Content-Security-Policy: {header}\n");
    match files.iter().position(|f| f.name == "_headers") {
        Some(at) => {
            let mut text = String::from_utf8_lossy(&files[at].bytes).into_owned();
            if !text.ends_with('\n') {
                text.push('\n');
            }
            text.push_str(&headers);
            files[at].bytes = text.into_bytes();
        }
        None => files.push(OutputFile {
            name: "_headers".into(),
            bytes: headers.into_bytes(),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_release_allows_what_it_loads_and_nothing_else() {
        let html = "<html><head><meta name=\"piral-feed\" content=\"https://feed.example/api/v1/pilet?x=1&amp;y=2\">\n<script>window.a = 1;</script><style>body{margin:0}</style>\n<script type=\"importmap\">{}</script></head><body><script src=\"/index.js\"></script></body></html>";
        let config = CspConfig {
            pilets: vec!["https://cdn.example/pilets/".into()],
            feeds: vec!["https://other-feed.example".into()],
            directives: BTreeMap::from([("img-src".into(), vec!["https:".into()])]),
            allow_eval: false,
        };
        let policy = policy(html, "https://static.example/shell/", &config);
        let get = |name: &str| &policy.iter().find(|(n, _)| n == name).unwrap().1;
        let inline = hash_source("window.a = 1;");
        assert_eq!(
            get("script-src"),
            &[
                "'self'",
                &inline,
                "https://cdn.example",
                "https://feed.example",
                "https://other-feed.example",
                "https://static.example"
            ],
            "pilets may come from the feeds' origins too"
        );
        assert_eq!(get("style-src").len(), 6, "{:?}", get("style-src"));
        assert!(get("connect-src").contains(&"https://feed.example".to_string()));
        assert!(get("connect-src").contains(&"https://other-feed.example".to_string()));
        assert!(get("img-src").contains(&"https:".to_string()));
        assert_eq!(get("object-src"), &["'none'"]);
        assert!(!get("script-src").iter().any(|s| s.contains("unsafe")));
        let header = render(&policy, false);
        assert!(header.contains("frame-ancestors 'self'"), "{header}");
        assert!(!render(&policy, true).contains("frame-ancestors"));
        assert_eq!(
            feed_of(html).as_deref(),
            Some("https://feed.example/api/v1/pilet?x=1&y=2")
        );

        // An environment's page names another feed: its origin is allowed in the page.
        let mut page = format!(
            "<html><head><meta http-equiv=\"Content-Security-Policy\" content=\"{}\"></head></html>",
            render(&policy, true)
        );
        allow_origin(&mut page, "https://prod-feed.example/feed.production.json");
        let updated =
            super::super::html::meta_content(&page, "http-equiv", "Content-Security-Policy")
                .unwrap();
        assert!(
            updated.contains("connect-src 'self'")
                && updated.matches("https://prod-feed.example").count() == 5,
            "{updated}"
        );
        assert!(updated.contains("object-src 'none';"), "{updated}");
        allow_origin(&mut page, "../feed.production.json");
        assert_eq!(
            super::super::html::meta_content(&page, "http-equiv", "Content-Security-Policy")
                .unwrap(),
            updated,
            "a relative feed is the page's own origin"
        );
    }

    #[test]
    fn piral_json_switches_and_extends_the_policy() {
        let off = json!({ "csp": false });
        assert_eq!(CspConfig::from_piral_json(off.as_object().unwrap()), None);
        let none = json!({});
        assert_eq!(
            CspConfig::from_piral_json(none.as_object().unwrap()),
            Some(CspConfig::default())
        );
        let on = json!({ "csp": { "pilets": "https://cdn.example", "allowEval": true } });
        let config = CspConfig::from_piral_json(on.as_object().unwrap()).unwrap();
        assert_eq!(config.pilets, ["https://cdn.example"]);
        assert!(config.allow_eval);

        let mut files = vec![
            OutputFile {
                name: "index.html".into(),
                bytes: b"<html><head><title>x</title></head><body></body></html>".to_vec(),
            },
            OutputFile {
                name: "_headers".into(),
                bytes: b"/assets/*\n  Cache-Control: max-age=31536000".to_vec(),
            },
        ];
        apply(&mut files, "/", &CspConfig::default());
        let page = String::from_utf8(files[0].bytes.clone()).unwrap();
        assert!(
            page.starts_with("<html><head>\n  <meta http-equiv=\"Content-Security-Policy\" content=\"base-uri 'self'; connect-src 'self'; default-src 'self';"),
            "{page}"
        );
        let headers = String::from_utf8(files[1].bytes.clone()).unwrap();
        assert!(
            headers.starts_with("/assets/*\n  Cache-Control: max-age=31536000\n/*\n  Content-Security-Policy: base-uri 'self';"),
            "{headers}"
        );
        let swa: Value = serde_json::from_slice(&files[2].bytes).unwrap();
        assert!(
            swa["globalHeaders"]["Content-Security-Policy"]
                .as_str()
                .unwrap()
                .ends_with("frame-ancestors 'self'; img-src 'self' data:; object-src 'none'; script-src 'self'; style-src 'self'")
        );
    }
}
