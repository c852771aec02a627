//! Publishing pilets to a feed service (spec §10.1): one `multipart/form-data` POST per
//! tarball, wire-compatible with the old CLI — the `--fields.*` first, then the file as
//! `file` named `pilet.tgz`, `authorization: <Mode> <raw key>`. Beyond the old CLI: retries
//! with exponential backoff on connection errors, timeouts and 502/503/504 (never on other
//! statuses, never after the server answered otherwise), and a dry run. The API key is
//! never printed.

pub(crate) mod blob;
pub(crate) mod environments;
pub(crate) mod feed;
pub(crate) mod manage;
pub(crate) mod pilets;
pub(crate) mod release;
pub(crate) mod report;
mod static_feed;

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::time::Duration;

use crate::build::PiralBuildType;
use crate::build::{BuildPiralSettings, BundleSettings, SchemaSetting};
use crate::errors::{Code, CodedError};

/// Where the tarballs come from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum PublishFrom {
    /// Files matching SOURCE (a glob, default `*.tgz`)
    Local,
    /// A URL to download
    Remote,
    /// An npm package (`name@version`), downloaded from the registry
    Npm,
}

/// What `piral publish` publishes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum PiralPublishType {
    /// The emulator package, to an npm registry
    Emulator,
    /// The release files, as one multipart POST
    Release,
}

/// The HTTP client for a feed service or upload URL: its TLS options, a two-minute timeout.
pub(crate) fn client(feed: &FeedSettings) -> anyhow::Result<reqwest::blocking::Client> {
    let mut client = reqwest::blocking::Client::builder().timeout(Duration::from_secs(120));
    if let Some(cert) = &feed.ca_cert {
        let pem = fs_err::read(cert)?;
        client = client.add_root_certificate(reqwest::Certificate::from_pem(&pem)?);
    }
    if feed.allow_self_signed {
        client = client.tls_danger_accept_invalid_certs(true);
    }
    Ok(client.build()?)
}

/// How the key goes into the `authorization` header.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum AuthMode {
    /// The raw key, with no scheme
    None,
    /// `Basic <key>` (the key as it is, not base64)
    Basic,
    /// `Bearer <key>`
    Bearer,
    /// `Digest <key>`
    Digest,
}

/// The `authorization` header value for a key.
pub(crate) fn authorization(mode: AuthMode, key: &str) -> String {
    match mode {
        AuthMode::None => key.to_string(),
        AuthMode::Basic => format!("Basic {key}"),
        AuthMode::Bearer => format!("Bearer {key}"),
        AuthMode::Digest => format!("Digest {key}"),
    }
}

/// One upload.
pub(crate) struct Upload<'a> {
    pub(crate) url: &'a str,
    pub(crate) key: Option<&'a str>,
    pub(crate) mode: AuthMode,
    pub(crate) fields: &'a BTreeMap<String, String>,
    pub(crate) headers: &'a BTreeMap<String, String>,
    /// The file parts, after the fields: (part name, file name, bytes).
    pub(crate) files: Vec<(String, String, &'a [u8])>,
    /// Attempts after the first one for transient failures.
    pub(crate) retries: u32,
    pub(crate) backoff: Duration,
    /// Hears how many bytes of the file parts went out so far (for a progress bar).
    pub(crate) progress: Option<Progress>,
}

/// A listener for upload progress: the bytes of the current attempt sent so far.
pub(crate) type Progress = std::sync::Arc<dyn Fn(u64) + Send + Sync>;

/// A reader that tells `progress` how far it got; a request body that reports its upload.
struct Counted {
    inner: std::io::Cursor<Vec<u8>>,
    /// The bytes of the parts before this one.
    offset: u64,
    progress: Progress,
}

impl std::io::Read for Counted {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let read = self.inner.read(buf)?;
        (self.progress)(self.offset + self.inner.position());
        Ok(read)
    }
}

/// How an upload ended.
#[derive(Debug)]
pub(crate) enum Outcome {
    /// 2xx, with the response body.
    Accepted { status: u16, body: String },
    /// The server refused: the code the old CLI printed for the status, and the message.
    Refused {
        status: u16,
        code: Code,
        message: String,
        /// The login URL when the server offers an interactive login (`interactiveAuth`).
        interactive: Option<String>,
    },
    /// No usable answer (network, 5xx after the retries).
    Failed { message: String },
}

/// Whether a status is worth another attempt: the gateway or the service is temporarily away.
fn transient(status: u16) -> bool {
    matches!(status, 502..=504)
}

/// Sends the tarball, retrying transient failures.
pub(crate) fn upload(
    client: &reqwest::blocking::Client,
    upload: &Upload<'_>,
    mut retried: impl FnMut(u32, &str),
) -> Outcome {
    let mut attempt = 0;
    loop {
        let result = send(client, upload);
        let transient_failure = match &result {
            Err(error) => Some(error.clone()),
            Ok((status, _, _)) if transient(*status) => {
                Some(format!("the server answered {status}"))
            }
            Ok(_) => None,
        };
        match transient_failure {
            Some(reason) if attempt < upload.retries => {
                attempt += 1;
                retried(attempt, &reason);
                std::thread::sleep(upload.backoff * 2u32.pow(attempt - 1));
            }
            _ => return classify(result),
        }
    }
}

fn classify(result: Result<(u16, String, String), String>) -> Outcome {
    match result {
        Err(message) => Outcome::Failed { message },
        Ok((status, _, body)) if (200..300).contains(&status) => Outcome::Accepted { status, body },
        Ok((status, reason, body)) => {
            let received = serde_json::from_str::<serde_json::Value>(&body).map_or_else(
                |_| serde_json::Value::String(body.clone()).to_string(),
                |v| v.to_string(),
            );
            let message = format!("Failed to upload: {reason} ({status}). Received: {received}");
            let code = match status {
                402 => Code::FailedToUploadPayment,
                409 => Code::FailedToUploadVersion,
                413 => Code::FailedToUploadSize,
                500..=599 => Code::FailedHttpPost,
                _ => Code::UnsuccessfulHttpPost,
            };
            let interactive = serde_json::from_str::<serde_json::Value>(&body)
                .ok()
                .and_then(|v| {
                    v.get("interactiveAuth")
                        .and_then(serde_json::Value::as_str)
                        .map(String::from)
                });
            Outcome::Refused {
                status,
                code,
                message,
                interactive,
            }
        }
    }
}

/// One POST: (status, reason phrase, body), or a network error's text.
fn send(
    client: &reqwest::blocking::Client,
    upload: &Upload<'_>,
) -> Result<(u16, String, String), String> {
    // Names go out as written (`assets/logo.svg`), as the old CLI's form-data sent them, not
    // RFC 2231-encoded.
    let mut form = reqwest::blocking::multipart::Form::new().percent_encode_noop();
    for (name, value) in upload.fields {
        form = form.text(name.clone(), value.clone());
    }
    let mut offset = 0;
    for (name, file_name, bytes) in &upload.files {
        let part = match &upload.progress {
            Some(progress) => {
                let reader = Counted {
                    inner: std::io::Cursor::new(bytes.to_vec()),
                    offset,
                    progress: progress.clone(),
                };
                reqwest::blocking::multipart::Part::reader_with_length(reader, bytes.len() as u64)
            }
            None => reqwest::blocking::multipart::Part::bytes(bytes.to_vec()),
        };
        offset += bytes.len() as u64;
        let part = part
            .file_name(file_name.clone())
            .mime_str("application/octet-stream")
            .map_err(|e| e.to_string())?;
        form = form.part(name.clone(), part);
    }
    let mut request = client
        .post(upload.url)
        .header("user-agent", "piral-cli/http.node-linux");
    for (name, value) in upload.headers {
        request = request.header(name.as_str(), value.as_str());
    }
    if let Some(key) = upload.key {
        request = request.header("authorization", authorization(upload.mode, key));
    }
    // The error text never contains the key: reqwest names the URL, not the headers.
    let response = request.multipart(form).send().map_err(|e| e.to_string())?;
    let status = response.status();
    let reason = status.canonical_reason().unwrap_or("").to_string();
    let body = response.text().unwrap_or_default();
    Ok((status.as_u16(), reason, body))
}

/// The interactive login of spec §10.3: asks `auth_url` for a login, shows its URL through
/// `show(login url, minutes left)`, and polls the callback every `poll` while it answers 202.
/// Returns the mode and token to send the request with again.
pub(crate) fn login(
    client: &reqwest::blocking::Client,
    auth_url: &str,
    poll: Duration,
    mut show: impl FnMut(&str, u64),
) -> Result<(AuthMode, String), String> {
    let started = client
        .post(auth_url)
        .header("content-type", "application/json")
        .body(
            serde_json::json!({
                "clientId": "piral-cli",
                "clientName": "Piral CLI",
                "description": "Authorize the Piral CLI temporarily to perform actions in your name."
            })
            .to_string(),
        )
        .send()
        .and_then(reqwest::blocking::Response::error_for_status)
        .map_err(|e| format!("the login could not be started: {e}"))?;
    let answer: serde_json::Value = serde_json::from_str(&started.text().unwrap_or_default())
        .map_err(|e| format!("the login answer is not JSON: {e}"))?;
    let field = |name: &str| {
        answer
            .get(name)
            .and_then(serde_json::Value::as_str)
            .map(String::from)
    };
    let (Some(login_url), Some(callback)) = (field("loginUrl"), field("callbackUrl")) else {
        return Err("the login answer has no `loginUrl` or `callbackUrl`".to_string());
    };
    // `expires` is a date; the minutes left are shown when it can be read.
    let minutes = answer
        .get("expires")
        .and_then(serde_json::Value::as_u64)
        .map_or(0, |ms| {
            let now = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_millis());
            u64::try_from(u128::from(ms).saturating_sub(now) / 60_000).unwrap_or(0)
        });
    show(&login_url, minutes);
    loop {
        let response = client
            .get(&callback)
            .send()
            .map_err(|e| format!("waiting for the login failed: {e}"))?;
        match response.status().as_u16() {
            202 => std::thread::sleep(poll),
            200 => {
                let done: serde_json::Value =
                    serde_json::from_str(&response.text().unwrap_or_default())
                        .map_err(|e| format!("the login result is not JSON: {e}"))?;
                let token = done
                    .get("token")
                    .and_then(serde_json::Value::as_str)
                    .ok_or("the login result has no token")?;
                let mode = match done
                    .get("mode")
                    .and_then(serde_json::Value::as_str)
                    .unwrap_or("basic")
                {
                    "bearer" => AuthMode::Bearer,
                    "digest" => AuthMode::Digest,
                    "none" => AuthMode::None,
                    _ => AuthMode::Basic,
                };
                return Ok((mode, token.to_string()));
            }
            status => return Err(format!("the login ended with status {status}")),
        }
    }
}

/// A feed service or upload URL, with its key and TLS options.
#[derive(Clone, PartialEq, Eq)]
pub(crate) struct FeedSettings {
    /// `--url`, else `url` of `.piralrc`.
    pub(crate) url: Option<String>,
    /// `--api-key` (or `PIRAL_API_KEY`), else `apiKeys[<url>]`, else `apiKey` of `.piralrc`.
    pub(crate) api_key: Option<String>,
    /// Absolute.
    pub(crate) ca_cert: Option<PathBuf>,
    /// `--allow-self-signed`, else `allowSelfSigned` of `.piralrc`, else `false`.
    pub(crate) allow_self_signed: bool,
}

impl std::fmt::Debug for FeedSettings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FeedSettings")
            .field("url", &self.url)
            .field("api_key", &self.api_key.as_ref().map(|_| "****"))
            .field("ca_cert", &self.ca_cert)
            .field("allow_self_signed", &self.allow_self_signed)
            .finish()
    }
}

impl FeedSettings {
    /// The URL, or a coded error naming the flag and the key that give it.
    pub(crate) fn require_url(&self) -> Result<&str, CodedError> {
        self.url.as_deref().ok_or_else(|| {
            CodedError::new(Code::MissingPiletFeedUrl, "Missing pilet feed service URL.")
                .with_hint("pass `--url <feed service>` or set `url` in .piralrc")
        })
    }
}

/// Blob storage as `--to` names it, with the `storage` options of `.piralrc`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct StorageSettings {
    /// The targets, the primary region first.
    pub(crate) to: Vec<String>,
    /// `--env`: the feed environment.
    pub(crate) env: Option<String>,
    /// `--feed-url` (`piral publish`): the feed an environment's pages name.
    pub(crate) feed_url: Option<String>,
    pub(crate) public_url: Option<String>,
    pub(crate) create_container: bool,
    pub(crate) concurrency: usize,
    pub(crate) options: BTreeMap<String, String>,
}

/// How an upload to a feed service or upload URL is sent.
#[derive(Debug)]
pub(crate) struct UploadSettings {
    pub(crate) mode: AuthMode,
    pub(crate) retries: u32,
    pub(crate) dry_run: bool,
    pub(crate) headers: BTreeMap<String, String>,
}

/// `pilet publish`.
#[derive(Debug)]
pub(crate) struct PublishPiletSettings {
    pub(crate) cwd: PathBuf,
    pub(crate) source: Option<String>,
    pub(crate) from: PublishFrom,
    pub(crate) fresh: bool,
    pub(crate) schema: SchemaSetting,
    /// `--to`: blob storage instead of a feed service.
    pub(crate) storage: Option<StorageSettings>,
    pub(crate) feed: FeedSettings,
    pub(crate) upload: UploadSettings,
    pub(crate) fields: BTreeMap<String, String>,
    pub(crate) force: bool,
    pub(crate) interactive: bool,
    pub(crate) open: bool,
    pub(crate) login_poll: std::time::Duration,
}

/// `piral publish`.
#[derive(Debug)]
pub(crate) struct PublishPiralSettings {
    pub(crate) cwd: PathBuf,
    /// The build output folder.
    pub(crate) source: PathBuf,
    pub(crate) publish_type: PiralPublishType,
    pub(crate) fresh: bool,
    pub(crate) storage: Option<StorageSettings>,
    /// The upload URL of a release; for the emulator package, `url` is the npm registry.
    pub(crate) feed: FeedSettings,
    /// The registry token for `npm publish`: the flag (or `PIRAL_API_KEY`) only.
    pub(crate) npm_token: Option<String>,
    pub(crate) upload: UploadSettings,
}

impl PublishPiralSettings {
    /// The settings of the build that `--fresh` runs first: the published type into the
    /// published folder, emptied first.
    pub(crate) fn fresh_build(&self) -> BuildPiralSettings {
        BuildPiralSettings {
            source: self.cwd.clone(),
            target: self.source.clone(),
            build_type: match self.publish_type {
                PiralPublishType::Release => PiralBuildType::Release,
                PiralPublishType::Emulator => PiralBuildType::Emulator,
            },
            subdir: true,
            watch: false,
            service_worker: false,
            bundle: BundleSettings {
                public_url: "/".to_string(),
                minify: true,
                source_maps: true,
                content_hash: true,
                fresh: true,
                ignored: Vec::new(),
                report: None,
                metafile: None,
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uploads_report_their_progress() {
        use std::io::Read as _;
        let seen = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
        let log = seen.clone();
        let mut reader = Counted {
            inner: std::io::Cursor::new(vec![7u8; 10]),
            offset: 100,
            progress: std::sync::Arc::new(move |at| log.lock().unwrap().push(at)),
        };
        let mut chunk = [0u8; 4];
        while reader.read(&mut chunk).unwrap() > 0 {}
        assert_eq!(*seen.lock().unwrap(), [104, 108, 110, 110]);
    }

    #[test]
    fn auth_headers_carry_the_raw_key() {
        assert_eq!(authorization(AuthMode::Basic, "abc123"), "Basic abc123");
        assert_eq!(authorization(AuthMode::Bearer, "t"), "Bearer t");
        assert_eq!(authorization(AuthMode::Digest, "t"), "Digest t");
        assert_eq!(authorization(AuthMode::None, "raw"), "raw");
    }

    #[test]
    fn statuses_map_to_the_old_codes() {
        let refused =
            |status| match classify(Ok((status, "Reason".into(), "{\"success\":false}".into()))) {
                Outcome::Refused { code, message, .. } => (code, message),
                other => panic!("{other:?}"),
            };
        assert_eq!(refused(401).0, Code::UnsuccessfulHttpPost);
        assert_eq!(
            refused(401).1,
            "Failed to upload: Reason (401). Received: {\"success\":false}"
        );
        assert_eq!(refused(402).0, Code::FailedToUploadPayment);
        assert_eq!(refused(409).0, Code::FailedToUploadVersion);
        assert_eq!(refused(413).0, Code::FailedToUploadSize);
        assert_eq!(refused(500).0, Code::FailedHttpPost);
        assert!(matches!(
            classify(Ok((201, String::new(), String::new()))),
            Outcome::Accepted { status: 201, .. }
        ));
        assert!(transient(503) && !transient(500) && !transient(409));
    }
}
