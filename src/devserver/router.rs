//! HTTP routing of the debug server: the local feed `/$pilet-api` (and its WebSocket), the
//! overlay's WebSocket `/$events`, the pilets' files, the shell's files (from memory or from
//! disk, confined to the app folder by `paths`) and `index.html` with the feed injected, as the
//! fallback of a single-page app.
//!
//! Every request is checked first: a foreign `Host` (DNS rebinding) gets 403, as does a
//! WebSocket from a foreign `Origin`. No CORS headers are sent. [`handle`] is the entry point;
//! it reads the builds through the coordinator and never builds anything itself.

use std::convert::Infallible;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use bytes::Bytes;
use http_body_util::Full;
use hyper::body::Incoming;
use hyper::{Request, Response, StatusCode};
use serde_json::Value;

use super::coordinator::Coordinator;
use super::mocks::{MockNotice, MockRequest, MockResponse, Mocks, Target};
use super::{API, EVENTS, Injection, feed, paths, proxy, reload};

/// The body of every answer: bytes in memory, or a proxied stream.
pub(crate) type Body = http_body_util::combinators::UnsyncBoxBody<Bytes, std::io::Error>;

/// A body of bytes in memory.
pub(crate) fn full(bytes: impl Into<Bytes>) -> Body {
    use http_body_util::BodyExt as _;
    Full::new(bytes.into())
        .map_err(|never| match never {})
        .boxed_unsync()
}

/// The largest request body the mock injectors read (kras' default upload limit is 10 MB).
const MOCK_BODY_LIMIT: usize = 32 * 1024 * 1024;

/// What the router needs to answer requests.
pub(crate) struct Routes {
    pub(crate) coordinator: Arc<Coordinator>,
    /// The shell's files on disk, used when the coordinator holds no shell.
    pub(crate) app_dir: PathBuf,
    /// The public URL without its trailing slash (`""` for `/`).
    pub(crate) prefix: String,
    pub(crate) injection: Injection,
    /// Remote feeds whose pilets the local feed lists after its own.
    pub(crate) feeds: Vec<String>,
    pub(crate) client: reqwest::Client,
    /// The host the server was told to bind (besides loopback names, the one `Host` accepted).
    pub(crate) allowed_host: String,
    /// The mock injectors and the `map` of targets (`.krasrc`, `--proxy`).
    pub(crate) mocks: Mocks,
    /// The proxy's client (no redirects followed).
    pub(crate) proxy_client: reqwest::Client,
    /// The client of WebSocket tunnels (HTTP/1.1 only).
    pub(crate) tunnel_client: reqwest::Client,
    /// Where proxy failures are told.
    pub(crate) notices: std::sync::mpsc::Sender<MockNotice>,
}

fn response(
    status: StatusCode,
    content_type: &str,
    body: impl Into<Bytes>,
) -> Response<Full<Bytes>> {
    Response::builder()
        .status(status)
        .header("content-type", content_type)
        .header("cache-control", "no-cache, no-store, must-revalidate")
        .header("pragma", "no-cache")
        .header("expires", "0")
        .header("x-content-type-options", "nosniff")
        .body(Full::new(body.into()))
        .expect("static headers are valid")
}

/// Whether a `Host` header names this server: loopback, or the host it was told to bind.
fn host_allowed(host: &str, allowed: &str) -> bool {
    let name = if host.starts_with('[') {
        host.split(']')
            .next()
            .map(|h| format!("{h}]"))
            .unwrap_or_default()
    } else {
        host.rsplit_once(':')
            .map_or(host, |(name, _)| name)
            .to_string()
    };
    let name = name.to_ascii_lowercase();
    matches!(name.as_str(), "localhost" | "127.0.0.1" | "[::1]")
        || name.ends_with(".localhost")
        || (allowed != "0.0.0.0" && name == allowed)
}

/// Answers one request. The `map` of targets decides first: a proxied target's WebSockets are
/// tunnelled; then the mock injectors may answer (script, HAR, JSON, in the configured order);
/// then a proxied target is forwarded, and everything else goes to the server's own routes.
pub(crate) async fn handle(
    request: Request<Incoming>,
    state: Arc<Routes>,
) -> Result<Response<Body>, Infallible> {
    use http_body_util::BodyExt as _;
    let host = request
        .headers()
        .get("host")
        .and_then(|h| h.to_str().ok())
        .unwrap_or("");
    if !host_allowed(host, &state.allowed_host) {
        return Ok(boxed(response(
            StatusCode::FORBIDDEN,
            "text/plain",
            "Invalid Host header",
        )));
    }
    let url = request
        .uri()
        .path_and_query()
        .map_or("/", |p| p.as_str())
        .to_string();
    let (prefix, target, rest) = state.mocks.config.target(&url);
    let (prefix, target, rest) = (prefix.to_string(), target.clone(), rest.to_string());
    let proxied = match &target {
        Target::Ignored => {
            return Ok(boxed(response(
                StatusCode::NOT_FOUND,
                "text/plain",
                "Not found",
            )));
        }
        Target::Remote(address) if state.mocks.config.proxy => Some(address.clone()),
        Target::Remote(_) | Target::Local => None,
    };
    if hyper_tungstenite::is_upgrade_request(&request) {
        return Ok(match proxied {
            Some(address) => proxy::tunnel(&state.tunnel_client, request, &address, &rest)
                .await
                .unwrap_or_else(|failure| state.proxy_failed(failure)),
            None => local_boxed(request, state).await,
        });
    }
    let mocks = state.mocks.files().await;
    let (parts, body) = request.into_parts();
    // The injectors see the request's body, so it is read first when there are mock files;
    // otherwise a proxied body streams.
    let body = match &mocks {
        None => proxy::Forward::Streaming(body),
        Some(mocks) => {
            let content = match http_body_util::Limited::new(body, MOCK_BODY_LIMIT)
                .collect()
                .await
            {
                Ok(collected) => collected.to_bytes(),
                Err(_) => {
                    return Ok(boxed(response(
                        StatusCode::PAYLOAD_TOO_LARGE,
                        "text/plain",
                        "The request body is too large",
                    )));
                }
            };
            let headers = parts
                .headers
                .iter()
                .filter_map(|(name, value)| {
                    Some((name.to_string(), value.to_str().ok()?.to_string()))
                })
                .collect();
            let mock = MockRequest::new(
                parts.method.as_str(),
                &prefix,
                &rest,
                headers,
                content.clone(),
            );
            if let Some(answer) = mocks.answer(&mock).await {
                return Ok(mock_response(answer));
            }
            proxy::Forward::Read(content)
        }
    };
    drop(mocks);
    if let Some(address) = proxied {
        return Ok(
            proxy::forward(&state.proxy_client, &parts, body, &address, &rest)
                .await
                .unwrap_or_else(|failure| state.proxy_failed(failure)),
        );
    }
    if matches!(target, Target::Remote(_)) {
        return Ok(boxed(response(
            StatusCode::NOT_FOUND,
            "text/plain",
            "Not found",
        )));
    }
    Ok(local_boxed(Request::from_parts(parts, ()), state).await)
}

impl Routes {
    /// A proxied request that failed: a line on the terminal and 502.
    fn proxy_failed(&self, (url, message): (String, String)) -> Response<Body> {
        let _ = self.notices.send(MockNotice::ProxyFailed {
            url: url.clone(),
            message: message.clone(),
        });
        proxy::bad_gateway(&url, &message)
    }
}

/// The server's own routes, as a response of the common body type.
async fn local_boxed<B>(request: Request<B>, state: Arc<Routes>) -> Response<Body> {
    boxed(
        local(request, state)
            .await
            .unwrap_or_else(|never| match never {}),
    )
}

fn boxed(response: Response<Full<Bytes>>) -> Response<Body> {
    use http_body_util::BodyExt as _;
    response.map(|body| body.map_err(|never| match never {}).boxed_unsync())
}

/// An injector's answer as an HTTP response (kras sends recorded redirects as redirects).
fn mock_response(answer: MockResponse) -> Response<Body> {
    let mut builder = Response::builder().status(answer.status);
    for (name, value) in &answer.headers {
        builder = builder.header(name.as_str(), value.as_str());
    }
    if let Some(location) = &answer.redirect {
        builder = builder.header("location", location.as_str());
    }
    builder.body(full(answer.body)).unwrap_or_else(|error| {
        let mut failed = Response::new(full(format!("The mock answer is not valid HTTP: {error}")));
        *failed.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
        failed
    })
}

/// The server's own routes: the feed and its WebSockets, the pilets' files, the shell's files
/// and, for everything else below the public URL, `index.html` with the injection.
async fn local<B>(
    mut request: Request<B>,
    state: Arc<Routes>,
) -> Result<Response<Full<Bytes>>, Infallible> {
    let host = request
        .headers()
        .get("host")
        .and_then(|h| h.to_str().ok())
        .unwrap_or("")
        .to_string();
    let origin = format!("http://{host}");
    // Everything lives under the public URL; `base` is where the feed and pilets are.
    let Some(path) = request
        .uri()
        .path()
        .strip_prefix(state.prefix.as_str())
        .map(|p| {
            if p.is_empty() {
                "/".to_string()
            } else {
                p.to_string()
            }
        })
    else {
        return Ok(response(StatusCode::NOT_FOUND, "text/plain", "Not found"));
    };
    let base = format!("{origin}{}", state.prefix);
    if path == API || path == EVENTS {
        if hyper_tungstenite::is_upgrade_request(&request) {
            let origin_header = request
                .headers()
                .get("origin")
                .and_then(|o| o.to_str().ok())
                .map(String::from);
            if origin_header.is_some_and(|o| o != origin) {
                return Ok(response(
                    StatusCode::FORBIDDEN,
                    "text/plain",
                    "Invalid Origin",
                ));
            }
            let Ok((reply, websocket)) = hyper_tungstenite::upgrade(&mut request, None) else {
                return Ok(response(
                    StatusCode::BAD_REQUEST,
                    "text/plain",
                    "Bad WebSocket request",
                ));
            };
            let events = path == EVENTS;
            tokio::spawn(reload::push(
                websocket,
                state.coordinator.clone(),
                base,
                events,
            ));
            return Ok(reply);
        }
        if path == API {
            let mut items = feed::items(&state.coordinator, &base);
            feed::merge_remote(&state.client, &state.feeds, request.headers(), &mut items).await;
            return Ok(response(
                StatusCode::OK,
                "application/json",
                Value::Array(items).to_string(),
            ));
        }
    }
    if request.method() != hyper::Method::GET && request.method() != hyper::Method::HEAD {
        return Ok(response(
            StatusCode::METHOD_NOT_ALLOWED,
            "text/plain",
            "Method not allowed",
        ));
    }
    let Ok(relative) = paths::relative_path(&path) else {
        return Ok(response(StatusCode::FORBIDDEN, "text/plain", "Forbidden"));
    };
    if let Some(rest) = relative.strip_prefix("$pilet-api/") {
        return Ok(pilet_file(&state, rest));
    }
    // A shell built in memory (`piral debug`) serves from there.
    let in_memory = state.coordinator.with_app_files(|files| {
        files.map(|files| {
            files
                .get(&relative)
                .filter(|_| relative != "index.html")
                .cloned()
        })
    });
    match in_memory {
        Some(Some(bytes)) => {
            return Ok(response(
                StatusCode::OK,
                content_type(Path::new(&relative)),
                bytes,
            ));
        }
        Some(None) => return Ok(index_html(&state, &base).await),
        None => {}
    }
    match paths::confined_file(&state.app_dir, &relative) {
        Err(_) => Ok(response(StatusCode::FORBIDDEN, "text/plain", "Forbidden")),
        Ok(Some(file)) if !file.ends_with("index.html") => {
            let bytes = tokio::fs::read(&file).await.unwrap_or_default();
            Ok(response(StatusCode::OK, content_type(&file), bytes))
        }
        // Everything else is the app: index.html with the feed injected (SPA fallback).
        _ => Ok(index_html(&state, &base).await),
    }
}

/// The `content-type` of a file, by its extension.
pub(crate) fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "json" | "map" => "application/json",
        "txt" | "md" => "text/plain; charset=utf-8",
        "wasm" => "application/wasm",
        "xml" => "application/xml",
        "ttf" => "font/ttf",
        "otf" => "font/otf",
        "avif" => "image/avif",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "webp" => "image/webp",
        "woff" => "font/woff",
        "woff2" => "font/woff2",
        "ico" => "image/x-icon",
        _ => "application/octet-stream",
    }
}

async fn index_html(state: &Routes, origin: &str) -> Response<Full<Bytes>> {
    let in_memory = state.coordinator.with_app_files(|files| {
        files.and_then(|files| {
            files
                .get("index.html")
                .map(|b| String::from_utf8_lossy(b).into_owned())
        })
    });
    let html = match in_memory {
        Some(html) => html,
        None => match tokio::fs::read_to_string(state.app_dir.join("index.html")).await {
            Ok(html) => html,
            Err(_) => {
                return response(
                    StatusCode::NOT_FOUND,
                    "text/plain",
                    "The app shell has no index.html",
                );
            }
        },
    };
    let feed = match &state.injection {
        Injection::LocalFeed => Some(format!("window['dbg:pilet-api'] = '{origin}{API}';")),
        Injection::Feed(url) => Some(format!(
            "window['dbg:pilet-api'] = {}; window['dbg:load-pilets'] = 'off';",
            Value::from(url.as_str())
        )),
        Injection::Nothing => None,
    };
    let injection = match feed {
        Some(feed) => format!(
            "<script>/* Pilet Debugging Emulator Config Injection */{feed}</script>{}",
            reload::overlay(&state.prefix)
        ),
        None => reload::overlay(&state.prefix),
    };
    let html = match html.find("<script") {
        Some(at) => format!("{}{injection}{}", &html[..at], &html[at..]),
        None => html.replace("</body>", &format!("{injection}</body>")),
    };
    response(StatusCode::OK, "text/html; charset=utf-8", html)
}

/// `$pilet-api/<index>/<file>`: a file of a pilet's latest good build.
fn pilet_file(state: &Routes, rest: &str) -> Response<Full<Bytes>> {
    let Some((index, file)) = rest.split_once('/') else {
        return response(StatusCode::NOT_FOUND, "text/plain", "Not found");
    };
    state.coordinator.with_slots(|slots| {
        let Some(slot) = index.parse::<usize>().ok().and_then(|i| slots.get(i)) else {
            return response(StatusCode::NOT_FOUND, "text/plain", "Not found");
        };
        match slot.build.files.get(file) {
            Some(bytes) => response(StatusCode::OK, content_type(Path::new(file)), bytes.clone()),
            None => response(StatusCode::NOT_FOUND, "text/plain", "Not found"),
        }
    })
}

#[cfg(test)]
mod tests {
    use super::host_allowed;

    #[test]
    fn hosts() {
        assert!(host_allowed("localhost:1234", "127.0.0.1"));
        assert!(host_allowed("127.0.0.1:1234", "127.0.0.1"));
        assert!(host_allowed("[::1]:1234", "127.0.0.1"));
        assert!(host_allowed("app.localhost:1234", "127.0.0.1"));
        assert!(!host_allowed("evil.example:1234", "127.0.0.1"));
        assert!(!host_allowed("127.0.0.1.evil.example", "127.0.0.1"));
        assert!(host_allowed("my-box:1234", "my-box"));
        assert!(!host_allowed("anything:1234", "0.0.0.0"));
    }
}
