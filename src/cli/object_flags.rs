//! Dotted object flags of the old CLI: `--vars.title Foo`, `--fields.tag=next`,
//! `--headers.x-foo bar`.
//!
//! clap has no notion of flags with a free-form suffix, so these are taken out of argv before
//! clap parses the rest. A pair given to a command that does not take that group is reported as
//! an unknown argument, exactly as clap reports other unknown flags.

use std::collections::BTreeMap;
use std::ffi::OsString;

/// The groups the CLI knows; a command accepts a subset of them.
pub(crate) const GROUPS: &[&str] = &["vars", "fields", "headers"];

/// Collected `--<group>.<key> <value>` pairs.
#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct ObjectFlags {
    /// Group → key → value (the last one given wins).
    pub(crate) groups: BTreeMap<String, BTreeMap<String, String>>,
    /// Each flag as the user spelled it, to report it when the command does not take it.
    pub(crate) spelled: Vec<(String, String)>,
}

impl ObjectFlags {
    /// Removes and returns the pairs of `group`.
    pub(crate) fn take(&mut self, group: &str) -> BTreeMap<String, String> {
        self.spelled.retain(|(g, _)| g != group);
        self.groups.remove(group).unwrap_or_default()
    }

    /// The first flag left over after the command took its groups.
    pub(crate) fn leftover(&self) -> Option<&str> {
        self.spelled.first().map(|(_, flag)| flag.as_str())
    }
}

/// Splits argv into what clap parses and the dotted object flags. Stops at `--`.
pub(crate) fn extract(args: Vec<OsString>) -> (Vec<OsString>, ObjectFlags) {
    let mut rest = Vec::with_capacity(args.len());
    let mut flags = ObjectFlags::default();
    let mut iter = args.into_iter().peekable();
    while let Some(arg) = iter.next() {
        let Some(text) = arg.to_str() else {
            rest.push(arg);
            continue;
        };
        if text == "--" {
            rest.push(arg);
            rest.extend(iter);
            break;
        }
        let parsed = text.strip_prefix("--").and_then(|flag| {
            let (group, key) = flag.split_once('.')?;
            GROUPS.contains(&group).then_some((group, key))
        });
        let Some((group, key)) = parsed else {
            rest.push(arg);
            continue;
        };
        let (key, value) = match key.split_once('=') {
            Some((key, value)) => (key.to_string(), value.to_string()),
            None => {
                // A value follows unless the next token is another flag; alone it means `true`,
                // as yargs reads it.
                let takes_next = iter
                    .peek()
                    .and_then(|next| next.to_str())
                    .is_some_and(|next| !next.starts_with("--"));
                let value = if takes_next {
                    iter.next()
                        .and_then(|v| v.into_string().ok())
                        .unwrap_or_default()
                } else {
                    "true".to_string()
                };
                (key.to_string(), value)
            }
        };
        let spelled = text.split('=').next().unwrap_or(text).to_string();
        if key.is_empty() {
            // `--vars.` names no key; let clap report it as unknown.
            rest.push(OsString::from(spelled));
            continue;
        }
        flags
            .groups
            .entry(group.to_string())
            .or_default()
            .insert(key, value);
        flags.spelled.push((group.to_string(), spelled));
    }
    (rest, flags)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn os(args: &[&str]) -> Vec<OsString> {
        args.iter().map(OsString::from).collect()
    }

    #[test]
    fn takes_pairs_in_both_spellings() {
        let (rest, mut flags) = extract(os(&[
            "piral",
            "new",
            "--vars.title",
            "My Shell",
            "x",
            "--vars.feedUrl=http://127.0.0.1/f",
            "--vars.flag",
            "--fields.tag",
            "next",
        ]));
        assert_eq!(rest, os(&["piral", "new", "x"]));
        let vars = flags.take("vars");
        assert_eq!(vars["title"], "My Shell");
        assert_eq!(vars["feedUrl"], "http://127.0.0.1/f");
        assert_eq!(vars["flag"], "true");
        assert_eq!(flags.leftover(), Some("--fields.tag"));
        assert_eq!(flags.take("fields")["tag"], "next");
        assert_eq!(flags.leftover(), None);
    }

    #[test]
    fn leaves_other_flags_and_the_rest_after_double_dash() {
        let (rest, flags) = extract(os(&["piral", "--json", "--other.x", "--", "--vars.a", "b"]));
        assert_eq!(
            rest,
            os(&["piral", "--json", "--other.x", "--", "--vars.a", "b"])
        );
        assert!(flags.groups.is_empty());
    }
}
