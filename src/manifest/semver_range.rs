//! npm version ranges, as far as importmap keys and `match-major`-style specs need them:
//! `||` alternatives, hyphen ranges, `x`/`*` wildcards, and everything the `semver` crate
//! parses (`^`, `~`, comparators). npm separates comparators by spaces, `semver` by commas.

use semver::{Version, VersionReq};

/// A parsed npm range: any of the alternatives may match.
#[derive(Debug, Clone)]
pub(crate) struct NpmRange {
    alternatives: Vec<VersionReq>,
}

impl NpmRange {
    pub(crate) fn parse(text: &str) -> Option<NpmRange> {
        let text = text.trim();
        if text.is_empty() {
            return None;
        }
        let alternatives = text
            .split("||")
            .map(|part| parse_alternative(part.trim()))
            .collect::<Option<Vec<_>>>()?;
        Some(NpmRange { alternatives })
    }

    pub(crate) fn matches(&self, version: &Version) -> bool {
        self.alternatives.iter().any(|req| req.matches(version))
    }
}

fn parse_alternative(part: &str) -> Option<VersionReq> {
    if part.is_empty() || part == "*" || part.eq_ignore_ascii_case("x") || part == "latest" {
        return Some(VersionReq::STAR);
    }
    // `1.2.3 - 2.3.4` → `>=1.2.3, <=2.3.4`
    if let Some((low, high)) = part.split_once(" - ") {
        return VersionReq::parse(&format!(">={}, <={}", low.trim(), high.trim())).ok();
    }
    // npm writes `>=1.0.0 <2.0.0`; join comparators with commas, keeping `>= 1` together.
    let mut comparators: Vec<String> = Vec::new();
    for token in part.split_whitespace() {
        match comparators.last_mut() {
            Some(last) if matches!(last.as_str(), ">" | ">=" | "<" | "<=" | "=" | "^" | "~") => {
                last.push_str(token)
            }
            _ => comparators.push(token.trim_start_matches('v').to_string()),
        }
    }
    VersionReq::parse(&comparators.join(", ")).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(range: &str, version: &str) -> bool {
        NpmRange::parse(range)
            .unwrap()
            .matches(&Version::parse(version).unwrap())
    }

    #[test]
    fn npm_range_forms() {
        assert!(ok("^3.0.0", "3.2.1"));
        assert!(!ok("^3.0.0", "4.0.0"));
        assert!(ok("~1.2.0", "1.2.9"));
        assert!(ok(">=1.0.0 <2.0.0", "1.5.0"));
        assert!(ok(">= 1.0.0", "1.5.0"));
        assert!(ok("1.x", "1.9.0"));
        assert!(ok("^1.0.0 || ^2.0.0", "2.1.0"));
        assert!(ok("1.0.0 - 1.5.0", "1.5.0"));
        assert!(ok("*", "0.0.1"));
        assert!(ok("3.0.0", "3.0.0"));
        assert!(NpmRange::parse("not a range").is_none());
    }
}
