//! The proxy of the debug server: requests under a `map` prefix of `.krasrc` (or `--proxy`)
//! go to their address with the Host rewritten, bodies streamed both ways; WebSocket upgrades
//! are tunnelled to the address as they are. A target that fails gives 502 and a line on the
//! terminal; it never ends the server.

use bytes::Bytes;
use futures_util::TryStreamExt as _;
use http_body_util::{BodyExt as _, StreamBody};
use hyper::body::{Frame, Incoming};
use hyper::{Request, Response, StatusCode};

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

/// The URL a proxied request goes to: `ws(s)://` addresses are reached over HTTP(S) (a
/// WebSocket is an upgraded HTTP request).
fn target_url(address: &str, rest: &str) -> String {
    let address = address
        .replacen("ws://", "http://", 1)
        .replacen("wss://", "https://", 1);
    format!("{address}{rest}")
}

/// Forwards one request to `address` + `rest`; `Err` carries the URL and what failed.
pub(crate) async fn forward(
    client: &reqwest::Client,
    parts: &http::request::Parts,
    body: Forward,
    address: &str,
    rest: &str,
) -> Result<Response<Body>, (String, String)> {
    let url = target_url(address, rest);
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

/// The client for WebSocket tunnels: HTTP/1.1 only, since an upgrade does not exist in h2.
pub(crate) fn tunnel_client() -> anyhow::Result<reqwest::Client> {
    Ok(reqwest::Client::builder()
        .http1_only()
        .redirect(reqwest::redirect::Policy::none())
        .connect_timeout(std::time::Duration::from_secs(10))
        .danger_accept_invalid_certs(true)
        .build()?)
}

/// Tunnels a WebSocket upgrade to `address` + `rest` (`ws://`, `wss://`, `http(s)://`): the
/// handshake goes to the target with the Host rewritten, its answer back to the browser, then
/// bytes flow both ways until one side closes.
pub(crate) async fn tunnel(
    client: &reqwest::Client,
    mut request: Request<Incoming>,
    address: &str,
    rest: &str,
) -> Result<Response<Body>, (String, String)> {
    let url = target_url(address, rest);
    let mut outgoing = client.get(&url);
    for (name, value) in request.headers() {
        if !matches!(
            name.as_str(),
            "host" | "origin" | "referer" | "content-length" | "transfer-encoding"
        ) {
            outgoing = outgoing.header(name, value);
        }
    }
    let upstream = outgoing
        .send()
        .await
        .map_err(|error| (url.clone(), describe(&error)))?;
    let mut response = Response::builder().status(upstream.status());
    for (name, value) in upstream.headers() {
        response = response.header(name, value);
    }
    if upstream.status() == StatusCode::SWITCHING_PROTOCOLS {
        let browser = hyper::upgrade::on(&mut request);
        tokio::spawn(async move {
            let (Ok(browser), Ok(mut target)) = tokio::join!(browser, upstream.upgrade()) else {
                return;
            };
            let mut browser = hyper_util::rt::TokioIo::new(browser);
            let _ = tokio::io::copy_bidirectional(&mut browser, &mut target).await;
        });
        return response
            .body(full(Bytes::new()))
            .map_err(|error| (url, error.to_string()));
    }
    let body = upstream
        .bytes()
        .await
        .map_err(|error| (url.clone(), describe(&error)))?;
    response
        .body(full(body))
        .map_err(|error| (url, error.to_string()))
}
