//! `piral explain <code>`: the long text of a message code, like `rustc --explain`.

use crate::cli::ExplainArgs;
use crate::context::{Context, Outcome};
use crate::errors::codes::{self, ALL};
use crate::errors::{Code, CodedError};

pub(crate) fn explain(args: &ExplainArgs, ctx: &Context) -> anyhow::Result<Outcome> {
    if args.all {
        if ctx.printer.json() {
            let list: Vec<_> = ALL.iter().map(to_json).collect();
            return Ok(Outcome::success(serde_json::json!({ "codes": list })));
        }
        let text: String = ALL
            .iter()
            .map(|info| format!("[{}] {}\n", info.code.number(), info.title))
            .collect();
        ctx.printer.data(&text);
        return Ok(Outcome::success(serde_json::Value::Null));
    }
    let typed = args.code.as_deref().unwrap_or_default();
    let Some(code) = Code::parse(typed) else {
        return Err(CodedError::new(
            Code::GeneralError,
            format!("`{typed}` is not a message code of piral"),
        )
        .with_hint("`piral explain --all` lists every code")
        .into());
    };
    let info = code.info();
    if ctx.printer.json() {
        return Ok(Outcome::success(to_json(info)));
    }
    ctx.printer.data(&codes::explain(info));
    Ok(Outcome::success(serde_json::Value::Null))
}

fn to_json(info: &codes::CodeInfo) -> serde_json::Value {
    serde_json::json!({
        "code": info.code.number(),
        "name": info.name,
        "level": info.level.as_str(),
        "title": info.title,
        "description": info.description,
        "fix": info.fix,
    })
}
