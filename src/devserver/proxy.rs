//! The proxy of the debug server: requests under a `map` prefix of `.krasrc` (or `--proxy`)
//! go to their address with the Host rewritten, bodies streamed both ways; WebSocket upgrades
//! are tunnelled to the address as they are. A target that fails gives 502 and a line on the
//! terminal; it never ends the server.

use bytes::Bytes;
use futures_util::TryStreamExt as _;
use http_body_util::{BodyExt as _, StreamBody};
use hyper::body::{Frame, Incoming};
use hyper::{Request, Response, StatusCode};
use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};

use super::router::{Body, full};

/// Headers of one hop, never forwarded (RFC 9110 §7.6.1), and what the browser says about
/// this server that the backend must not see.
const HOP_HEADERS: &[&str] = &[
    "connection",
    "keep-alive",
    "proxy-authenticate",
    "proxy-authorization",
    "proxy-connection",
    "te",
    "trailer",
    "transfer-encoding",
    "upgrade",
    "host",
    "origin",
    "referer",
    "content-length",
];

/// The proxy's HTTP client: redirects are the browser's business, certificates of development
/// backends are often self-signed (kras accepted them too).
pub(crate) fn client() -> anyhow::Result<reqwest::Client> {
    Ok(reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .connect_timeout(std::time::Duration::from_secs(10))
        .danger_accept_invalid_certs(true)
        .build()?)
}

/// The body to forward: read already (the injectors saw it) or still streaming.
pub(crate) enum Forward {
    Read(Bytes),
    Streaming(Incoming),
}

/// Forwards one request to `address` + `rest`; `Err` carries the URL and what failed.
pub(crate) async fn forward(
    client: &reqwest::Client,
    parts: &http::request::Parts,
    body: Forward,
    address: &str,
    rest: &str,
) -> Result<Response<Body>, (String, String)> {
    let address = address
        .replacen("ws://", "http://", 1)
        .replacen("wss://", "https://", 1);
    let url = format!("{address}{rest}");
    let mut outgoing = client.request(parts.method.clone(), &url);
    for (name, value) in &parts.headers {
        if !HOP_HEADERS.contains(&name.as_str()) {
            outgoing = outgoing.header(name, value);
        }
    }
    outgoing = match body {
        Forward::Read(bytes) if bytes.is_empty() => outgoing,
        Forward::Read(bytes) => outgoing.body(bytes),
        Forward::Streaming(incoming) => outgoing.body(reqwest::Body::wrap_stream(
            http_body_util::BodyDataStream::new(incoming),
        )),
    };
    let upstream = outgoing
        .send()
        .await
        .map_err(|error| (url.clone(), describe(&error)))?;
    let mut response = Response::builder().status(upstream.status());
    for (name, value) in upstream.headers() {
        if !HOP_HEADERS.contains(&name.as_str()) || name == "content-length" {
            response = response.header(name, value);
        }
    }
    let stream = upstream
        .bytes_stream()
        .map_ok(Frame::data)
        .map_err(std::io::Error::other);
    response
        .body(StreamBody::new(stream).boxed_unsync())
        .map_err(|error| (url, error.to_string()))
}

/// The innermost cause of a client error: "connection refused", not "error sending request".
fn describe(error: &(dyn std::error::Error + 'static)) -> String {
    let mut source = error;
    while let Some(next) = source.source() {
        source = next;
    }
    source.to_string()
}

/// The 502 for a target that failed.
pub(crate) fn bad_gateway(url: &str, message: &str) -> Response<Body> {
    let mut response = Response::new(full(format!("The proxy target {url} failed: {message}")));
    *response.status_mut() = StatusCode::BAD_GATEWAY;
    response.headers_mut().insert(
        "content-type",
        http::HeaderValue::from_static("text/plain; charset=utf-8"),
    );
    response
}

/// Tunnels a WebSocket upgrade to `address` + `rest`: the handshake goes to the target (Host
/// rewritten), its answer back to the browser, then bytes flow both ways until one side closes.
pub(crate) async fn tunnel(
    mut request: Request<Incoming>,
    address: &str,
    rest: &str,
) -> Result<Response<Body>, (String, String)> {
    let url = format!("{address}{rest}");
    let fail = |message: String| (url.clone(), message);
    let (secure, authority_and_path) = if let Some(rest) = address
        .strip_prefix("ws://")
        .or_else(|| address.strip_prefix("http://"))
    {
        (false, rest)
    } else {
        (true, address.split_once("://").map_or(address, |(_, r)| r))
    };
    if secure {
        return Err(fail(
            "WebSockets are tunnelled to ws:// and http:// targets only".into(),
        ));
    }
    let (authority, base_path) = authority_and_path
        .split_once('/')
        .map_or((authority_and_path, ""), |(a, p)| (a, p));
    let host_port = if authority.contains(':') {
        authority.to_string()
    } else {
        format!("{authority}:80")
    };
    let mut upstream = tokio::time::timeout(
        std::time::Duration::from_secs(10),
        tokio::net::TcpStream::connect(&host_port),
    )
    .await
    .map_err(|_| fail("connecting timed out".into()))?
    .map_err(|error| fail(error.to_string()))?;
    let path = format!(
        "/{}{}",
        base_path.trim_end_matches('/'),
        if rest.is_empty() { "" } else { rest }
    )
    .replace("//", "/");
    let mut head = format!("{} {path} HTTP/1.1\r\nhost: {authority}\r\n", request.method());
    for (name, value) in request.headers() {
        if matches!(name.as_str(), "host" | "origin" | "referer") {
            continue;
        }
        if let Ok(value) = value.to_str() {
            head.push_str(&format!("{name}: {value}\r\n"));
        }
    }
    head.push_str("\r\n");
    upstream
        .write_all(head.as_bytes())
        .await
        .map_err(|error| fail(error.to_string()))?;
    // The target's answer to the handshake, up to the empty line.
    let mut buffer = Vec::with_capacity(1024);
    let end = loop {
        let mut chunk = [0u8; 1024];
        let read = tokio::time::timeout(
            std::time::Duration::from_secs(10),
            upstream.read(&mut chunk),
        )
        .await
        .map_err(|_| fail("no answer to the WebSocket handshake".into()))?
        .map_err(|error| fail(error.to_string()))?;
        if read == 0 {
            return Err(fail("closed during the WebSocket handshake".into()));
        }
        buffer.extend_from_slice(&chunk[..read]);
        if let Some(at) = buffer.windows(4).position(|w| w == b"\r\n\r\n") {
            break at + 4;
        }
        if buffer.len() > 64 * 1024 {
            return Err(fail("the handshake answer is too long".into()));
        }
    };
    let text = String::from_utf8_lossy(&buffer[..end]).into_owned();
    let mut lines = text.split("\r\n");
    let status = lines
        .next()
        .and_then(|line| line.split(' ').nth(1))
        .and_then(|code| code.parse::<u16>().ok())
        .ok_or_else(|| fail("not an HTTP answer to the WebSocket handshake".into()))?;
    let mut response = Response::builder().status(status);
    for line in lines.filter(|l| !l.is_empty()) {
        if let Some((name, value)) = line.split_once(':') {
            response = response.header(name.trim(), value.trim());
        }
    }
    let leftover = buffer[end..].to_vec();
    if status == 101 {
        let upgrade = hyper::upgrade::on(&mut request);
        tokio::spawn(async move {
            let Ok(upgraded) = upgrade.await else { return };
            let mut browser = hyper_util::rt::TokioIo::new(upgraded);
            if browser.write_all(&leftover).await.is_ok() {
                let _ = tokio::io::copy_bidirectional(&mut browser, &mut upstream).await;
            }
        });
    }
    response
        .body(full(Bytes::new()))
        .map_err(|error| fail(error.to_string()))
}
