//! Tree shaking of a hoisted scope: a statement is kept when it may have side effects (or its
//! module's package says it has: `"sideEffects"`), or when a kept statement references a
//! binding it declares. Declarations whose initializers are pure (functions, classes without
//! side-effecting parts, literals, `/*#__PURE__*/` calls …) and that nothing uses are dropped,
//! and so are the side effects of a `"sideEffects": false` module none of whose bindings is used.

use std::collections::{HashMap, HashSet};

use swc_core::common::SyntaxContext;
use swc_core::common::comments::{Comments, SingleThreadedComments};
use swc_core::ecma::ast::{
    Class, ClassMember, Decl, Expr, Id, Lit, Pat, Prop, PropName, PropOrSpread, Stmt, VarDecl,
};

use super::scope::idents;

/// A statement of a scope and what decides whether it stays.
pub(super) struct Item {
    stmt: Stmt,
    kind: Kind,
    /// The module it comes from, when its package declared it free of side effects.
    pure_module: Option<usize>,
}

enum Kind {
    /// Always kept.
    Root,
    /// Kept when a kept item references what it declares (or it has side effects after all).
    Decide,
    /// Generated and free of side effects: kept when referenced.
    Pure,
    /// Kept when the binding is.
    Tied(Id),
}

impl Item {
    pub(super) fn root(stmt: Stmt) -> Self {
        Item {
            stmt,
            kind: Kind::Root,
            pure_module: None,
        }
    }

    pub(super) fn pure(stmt: Stmt) -> Self {
        Item {
            stmt,
            kind: Kind::Pure,
            pure_module: None,
        }
    }

    pub(super) fn tied(stmt: Stmt, id: Id) -> Self {
        Item {
            stmt,
            kind: Kind::Tied(id),
            pure_module: None,
        }
    }

    pub(super) fn from_module(stmt: Stmt, module: usize, side_effects: bool) -> Self {
        Item {
            stmt,
            kind: Kind::Decide,
            pure_module: (!side_effects).then_some(module),
        }
    }
}

/// The statements of `items` that stay, in order.
pub(super) fn shake(
    items: Vec<Item>,
    comments: &SingleThreadedComments,
    unresolved: SyntaxContext,
) -> Vec<Stmt> {
    // One declarator per statement, so that each can go on its own.
    let mut split: Vec<Item> = Vec::with_capacity(items.len());
    for item in items {
        match item.stmt {
            Stmt::Decl(Decl::Var(var))
                if var.decls.len() > 1 && matches!(item.kind, Kind::Decide) =>
            {
                let VarDecl {
                    span,
                    ctxt,
                    kind,
                    declare,
                    decls,
                } = *var;
                for decl in decls {
                    split.push(Item {
                        stmt: Stmt::Decl(Decl::Var(Box::new(VarDecl {
                            span,
                            ctxt,
                            kind,
                            declare,
                            decls: vec![decl],
                        }))),
                        kind: Kind::Decide,
                        pure_module: item.pure_module,
                    });
                }
            }
            stmt => split.push(Item { stmt, ..item }),
        }
    }
    let purity = Purity {
        comments,
        unresolved,
    };
    let mut declared: HashMap<Id, Vec<usize>> = HashMap::new();
    let mut roots: Vec<usize> = Vec::new();
    let mut module_effects: HashMap<usize, Vec<usize>> = HashMap::new();
    for (index, item) in split.iter().enumerate() {
        let ids = declared_ids(&item.stmt);
        for id in &ids {
            declared.entry(id.clone()).or_default().push(index);
        }
        let effectful = match &item.kind {
            Kind::Root => true,
            Kind::Pure => false,
            Kind::Tied(id) => {
                declared.entry(id.clone()).or_default().push(index);
                false
            }
            Kind::Decide => ids.is_empty() || !purity.stmt(&item.stmt),
        };
        if effectful {
            match (item.pure_module, &item.kind) {
                (Some(module), Kind::Decide) => {
                    module_effects.entry(module).or_default().push(index)
                }
                _ => roots.push(index),
            }
        }
    }
    let mut kept = vec![false; split.len()];
    let mut live_modules: HashSet<usize> = HashSet::new();
    let mut stack = roots;
    {
        while let Some(index) = stack.pop() {
            if kept[index] {
                continue;
            }
            kept[index] = true;
            if let Some(module) = split[index].pure_module
                && live_modules.insert(module)
                && let Some(effects) = module_effects.get(&module)
            {
                stack.extend(effects.iter().copied());
            }
            for id in idents(&split[index].stmt) {
                if let Some(targets) = declared.get(&id) {
                    stack.extend(targets.iter().copied().filter(|t| !kept[*t]));
                }
            }
        }
    }
    split
        .into_iter()
        .zip(kept)
        .filter_map(|(item, kept)| kept.then_some(item.stmt))
        .collect()
}

/// The bindings a statement declares at the scope's top level.
fn declared_ids(stmt: &Stmt) -> Vec<Id> {
    match stmt {
        Stmt::Decl(Decl::Fn(function)) => vec![function.ident.to_id()],
        Stmt::Decl(Decl::Class(class)) => vec![class.ident.to_id()],
        Stmt::Decl(Decl::Var(var)) => swc_core::ecma::utils::find_pat_ids(&var.decls),
        _ => Vec::new(),
    }
}

/// Which expressions can be dropped when their value is unused.
struct Purity<'a> {
    comments: &'a SingleThreadedComments,
    unresolved: SyntaxContext,
}

/// Globals whose reading has no side effects.
const PURE_GLOBALS: &[&str] = &[
    "undefined",
    "NaN",
    "Infinity",
    "Object",
    "Array",
    "Symbol",
    "String",
    "Number",
    "Boolean",
    "Math",
    "JSON",
    "Date",
    "RegExp",
    "Error",
    "TypeError",
    "Promise",
    "Map",
    "Set",
    "WeakMap",
    "WeakSet",
    "Reflect",
    "Proxy",
    "globalThis",
    "window",
    "document",
    "self",
    "console",
];

impl Purity<'_> {
    fn stmt(&self, stmt: &Stmt) -> bool {
        match stmt {
            Stmt::Decl(Decl::Fn(_)) => true,
            Stmt::Decl(Decl::Class(class)) => self.class(&class.class),
            Stmt::Decl(Decl::Var(var)) => var.decls.iter().all(|decl| {
                matches!(decl.name, Pat::Ident(_))
                    && decl.init.as_deref().is_none_or(|init| self.expr(init))
            }),
            Stmt::Empty(_) => true,
            _ => false,
        }
    }

    fn class(&self, class: &Class) -> bool {
        class.decorators.is_empty()
            && class.super_class.as_deref().is_none_or(|s| self.expr(s))
            && class.body.iter().all(|member| match member {
                ClassMember::Method(method) => self.prop_name(&method.key),
                ClassMember::Constructor(_)
                | ClassMember::PrivateMethod(_)
                | ClassMember::Empty(_) => true,
                ClassMember::ClassProp(prop) => {
                    self.prop_name(&prop.key)
                        && (!prop.is_static || prop.value.as_deref().is_none_or(|v| self.expr(v)))
                        && prop.decorators.is_empty()
                }
                ClassMember::PrivateProp(prop) => {
                    !prop.is_static || prop.value.as_deref().is_none_or(|v| self.expr(v))
                }
                _ => false,
            })
    }

    fn prop_name(&self, name: &PropName) -> bool {
        match name {
            PropName::Computed(computed) => self.expr(&computed.expr),
            _ => true,
        }
    }

    fn expr(&self, expr: &Expr) -> bool {
        match expr {
            Expr::Lit(Lit::Regex(_)) => true,
            Expr::Lit(_) => true,
            Expr::Ident(ident) => {
                ident.ctxt != self.unresolved || PURE_GLOBALS.contains(&&*ident.sym)
            }
            Expr::Fn(_) | Expr::Arrow(_) => true,
            Expr::Class(class) => self.class(&class.class),
            Expr::Paren(paren) => self.expr(&paren.expr),
            Expr::Unary(unary) => {
                unary.op != swc_core::ecma::ast::UnaryOp::Delete && self.expr(&unary.arg)
            }
            Expr::Bin(bin) => self.expr(&bin.left) && self.expr(&bin.right),
            Expr::Cond(cond) => {
                self.expr(&cond.test) && self.expr(&cond.cons) && self.expr(&cond.alt)
            }
            Expr::Seq(seq) => seq.exprs.iter().all(|e| self.expr(e)),
            Expr::Tpl(tpl) => tpl.exprs.iter().all(|e| self.expr(e)),
            Expr::Array(array) => array.elems.iter().all(|elem| {
                elem.as_ref()
                    .is_none_or(|elem| elem.spread.is_none() && self.expr(&elem.expr))
            }),
            Expr::Object(object) => object.props.iter().all(|prop| match prop {
                PropOrSpread::Spread(_) => false,
                PropOrSpread::Prop(prop) => match &**prop {
                    Prop::Shorthand(ident) => self.expr(&Expr::Ident(ident.clone())),
                    Prop::KeyValue(kv) => self.prop_name(&kv.key) && self.expr(&kv.value),
                    Prop::Getter(g) => self.prop_name(&g.key),
                    Prop::Setter(s) => self.prop_name(&s.key),
                    Prop::Method(m) => self.prop_name(&m.key),
                    Prop::Assign(_) => false,
                },
            }),
            Expr::Call(call) => {
                (call.span.is_pure() || self.comments.has_flag(call.span.lo, "PURE"))
                    && call
                        .args
                        .iter()
                        .all(|a| a.spread.is_none() && self.expr(&a.expr))
            }
            Expr::New(new) => {
                (new.span.is_pure() || self.comments.has_flag(new.span.lo, "PURE"))
                    && new
                        .args
                        .iter()
                        .flatten()
                        .all(|a| a.spread.is_none() && self.expr(&a.expr))
            }
            _ => false,
        }
    }
}
