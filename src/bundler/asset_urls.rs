//! `new URL("./file.png", import.meta.url)`: the way bundlers (Vite, esbuild, webpack 5, Parcel)
//! let code name a file that ships beside it. The file becomes a hashed asset like an
//! `import` of it, and the expression its URL relative to the bundle, wherever the pilet or
//! shell is served from: it is rewritten to `new URL(require("./file.png"))`, and the asset
//! module's export is the absolute URL (`__asset`, see `runtime`).
//!
//! Only relative specifiers of asset types are rewritten; anything else (a module, a worker
//! script, an absolute URL) is left as written.

use swc_core::common::{DUMMY_SP, SyntaxContext};
use swc_core::ecma::ast::{
    CallExpr, Callee, Expr, ExprOrSpread, Ident, Lit, MemberExpr, MemberProp, MetaPropExpr,
    MetaPropKind, NewExpr, Str,
};
use swc_core::ecma::visit::{VisitMut, VisitMutWith};

/// The rewrite; `unresolved` is the context of global names (`URL`, `require`).
pub(super) struct AssetUrls {
    pub(super) unresolved: SyntaxContext,
}

impl AssetUrls {
    /// The asset's specifier when `new_expr` is `new URL("<relative asset>", import.meta.url)`.
    fn asset_specifier(&self, new_expr: &NewExpr) -> Option<Str> {
        let Expr::Ident(callee) = &*new_expr.callee else {
            return None;
        };
        if callee.sym != *"URL" || callee.ctxt != self.unresolved {
            return None;
        }
        let [first, second] = new_expr.args.as_deref()? else {
            return None;
        };
        if first.spread.is_some() || second.spread.is_some() || !is_import_meta_url(&second.expr) {
            return None;
        }
        let Expr::Lit(Lit::Str(text)) = &*first.expr else {
            return None;
        };
        let value = text.value.as_atom()?.as_str();
        let relative = value.starts_with("./") || value.starts_with("../");
        (relative && super::load::is_asset(value)).then(|| text.clone())
    }
}

fn is_import_meta_url(expr: &Expr) -> bool {
    let Expr::Member(MemberExpr { obj, prop, .. }) = expr else {
        return false;
    };
    let MemberProp::Ident(name) = prop else {
        return false;
    };
    name.sym == *"url"
        && matches!(
            &**obj,
            Expr::MetaProp(MetaPropExpr {
                kind: MetaPropKind::ImportMeta,
                ..
            })
        )
}

impl VisitMut for AssetUrls {
    fn visit_mut_new_expr(&mut self, new_expr: &mut NewExpr) {
        new_expr.visit_mut_children_with(self);
        let Some(specifier) = self.asset_specifier(new_expr) else {
            return;
        };
        let require = CallExpr {
            span: specifier.span,
            callee: Callee::Expr(Box::new(Expr::Ident(Ident::new(
                "require".into(),
                DUMMY_SP,
                self.unresolved,
            )))),
            args: vec![ExprOrSpread {
                spread: None,
                expr: Box::new(Expr::Lit(Lit::Str(specifier))),
            }],
            ..Default::default()
        };
        new_expr.args = Some(vec![ExprOrSpread {
            spread: None,
            expr: Box::new(Expr::Call(require)),
        }]);
    }
}
