//! The page's live channel: the events the coordinator broadcasts, the WebSockets that carry
//! them (`/$pilet-api` for `piral-debug-utils`, `/$events` for the overlay), and the overlay
//! script that `index.html` gets injected.
//!
//! Nothing here decides when something changed; the coordinator does, and the router hands
//! upgraded connections to [`push`].

use std::sync::Arc;

use futures_util::SinkExt as _;
use serde_json::json;
use tokio::sync::broadcast;

use super::coordinator::Coordinator;
use super::feed;

/// What the coordinator announces.
#[derive(Clone, Debug)]
pub(crate) enum Event {
    /// Pilet `n` was rebuilt.
    Pilet(usize),
    /// A rebuild failed, with its rendered message.
    Error(String),
    /// A pilet built again after a failure.
    Recovered,
    /// The shell was rebuilt: the page reloads.
    Reload,
}

/// The overlay script (it shows a failed rebuild in the page, fed by `/$events`) for a server
/// under `prefix`.
pub(crate) fn overlay(prefix: &str) -> String {
    OVERLAY.replace("\"/$events\"", &format!("\"{prefix}/$events\""))
}

const OVERLAY: &str = r#"<script>/* piral debug overlay */(function(){var u=location.origin.replace(/^http/,"ws")+"/$events",el=null;function show(m){if(!el){el=document.createElement("pre");el.id="piral-error-overlay";el.style.cssText="position:fixed;z-index:2147483647;left:0;right:0;bottom:0;max-height:50vh;overflow:auto;margin:0;padding:1em;background:#2b0b0b;color:#ffb4b4;font:13px/1.4 monospace;white-space:pre-wrap";document.body.appendChild(el);}el.textContent=m;}function hide(){if(el){el.remove();el=null;}}function connect(){var ws=new WebSocket(u);ws.onmessage=function(e){var d=JSON.parse(e.data);if(d.type==="error")show(d.message);else if(d.type==="reload")location.reload();else hide();};ws.onclose=function(){setTimeout(connect,1000);};}connect();})();</script>"#;

/// Sends the events to one WebSocket until it closes: each rebuilt pilet's feed item on
/// `/$pilet-api`; errors, recoveries and reloads (`overlay`) on `/$events`, starting with the
/// error that is not fixed yet.
pub(crate) async fn push(
    websocket: hyper_tungstenite::HyperWebsocket,
    coordinator: Arc<Coordinator>,
    origin: String,
    overlay: bool,
) {
    use hyper_tungstenite::tungstenite::Message;
    let Ok(mut websocket) = websocket.await else {
        return;
    };
    let mut events = coordinator.subscribe();
    if overlay && let Some(message) = coordinator.last_error() {
        let _ = websocket
            .send(Message::text(
                json!({ "type": "error", "message": message }).to_string(),
            ))
            .await;
    }
    loop {
        let event = match events.recv().await {
            Ok(event) => event,
            Err(broadcast::error::RecvError::Lagged(_)) => continue,
            Err(broadcast::error::RecvError::Closed) => return,
        };
        let text = match (&event, overlay) {
            (Event::Pilet(index), false) => coordinator.with_slots(|slots| {
                slots
                    .get(*index)
                    .map(|slot| feed::item(slot, *index, &origin).to_string())
            }),
            (Event::Error(message), true) => {
                Some(json!({ "type": "error", "message": message }).to_string())
            }
            (Event::Recovered, true) => Some(json!({ "type": "ok" }).to_string()),
            (Event::Reload, true) => Some(json!({ "type": "reload" }).to_string()),
            _ => None,
        };
        if let Some(text) = text
            && websocket.send(Message::text(text)).await.is_err()
        {
            return;
        }
    }
}
