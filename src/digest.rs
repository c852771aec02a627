//! Digests that name content in the formats of the ecosystem: Subresource Integrity
//! (`sha256-<base64>`, what feeds list as `integrity`) and sha1 hex (the old CLI's `hash` of v0
//! pilets, npm's `shasum`). Shared by the feed documents of `publish` and the debug server's
//! feed, which must agree byte for byte.

use base64::Engine as _;
use sha2::Digest as _;

/// `sha256-<base64 of the SHA-256>`, as the `integrity` of a feed item or a `<script>`.
pub(crate) fn sri_sha256(bytes: &[u8]) -> String {
    format!(
        "sha256-{}",
        base64::engine::general_purpose::STANDARD.encode(sha2::Sha256::digest(bytes))
    )
}

/// `sha384-<base64 of the SHA-384>`, the `integrity` of the script and stylesheet tags of a
/// release shell (what browsers and SRI generators use by default).
pub(crate) fn sri_sha384(bytes: &[u8]) -> String {
    format!(
        "sha384-{}",
        base64::engine::general_purpose::STANDARD.encode(sha2::Sha384::digest(bytes))
    )
}

/// Whether `bytes` match an integrity value (`sha256-`, `sha384-` or `sha512-<base64>`; several
/// separated by spaces match when any does). `None`: no algorithm that is known here.
pub(crate) fn sri_matches(integrity: &str, bytes: &[u8]) -> Option<bool> {
    let engine = base64::engine::general_purpose::STANDARD;
    let mut known = false;
    for part in integrity.split_whitespace() {
        let Some((algorithm, expected)) = part.split_once('-') else {
            continue;
        };
        let actual = match algorithm {
            "sha256" => engine.encode(sha2::Sha256::digest(bytes)),
            "sha384" => engine.encode(sha2::Sha384::digest(bytes)),
            "sha512" => engine.encode(sha2::Sha512::digest(bytes)),
            _ => continue,
        };
        known = true;
        if actual == expected.split('?').next().unwrap_or(expected) {
            return Some(true);
        }
    }
    known.then_some(false)
}

/// The SHA-1 of `bytes` in hex.
pub(crate) fn sha1_hex(bytes: &[u8]) -> String {
    format!("{:x}", sha1::Sha1::digest(bytes))
}

#[cfg(test)]
mod tests {
    #[test]
    fn digests_match_node_crypto() {
        // node -e "console.log(require('crypto').createHash('sha1').update('hello').digest('hex'))"
        assert_eq!(
            super::sha1_hex(b"hello"),
            "aaf4c61ddcc5e8a2dabede0f3b482cd9aea9434d"
        );
        assert_eq!(
            super::sri_sha256(b"hello"),
            "sha256-LPJNul+wow4m6DsqxbninhsWHlwfp0JecwQzYpOLmCQ="
        );
        let hello = super::sri_sha256(b"hello");
        assert_eq!(super::sri_matches(&hello, b"hello"), Some(true));
        assert_eq!(super::sri_matches(&hello, b"hellO"), Some(false));
        // node -e "console.log(require('crypto').createHash('sha384').update('hello').digest('base64'))"
        let sha384 = "sha384-WeF0h3dEjGnea4ANejO7+5/xtGPkQ1TDVTvNucZm+pASWjx5+QOXvfX2oT3oKGhP";
        assert_eq!(super::sri_sha384(b"hello"), sha384);
        assert_eq!(super::sri_matches(sha384, b"hello"), Some(true));
        assert_eq!(super::sri_matches("md5-x", b"hello"), None);
    }
}
