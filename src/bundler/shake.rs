//! Tree shaking of a hoisted scope: a statement is kept when it may have side effects (or its
//! module's package says it has: `"sideEffects"`), or when a kept statement references a
//! binding it declares. Declarations whose initializers are pure (functions, classes without
//! side-effecting parts, literals, `/*#__PURE__*/` calls …) and that nothing uses are dropped,
//! and so are the side effects of a `"sideEffects": false` module none of whose bindings is used.
//! Names are the scope's final names: `scope` made every top-level binding's name unique.

// Names are hashed for every identifier of every module: with Fx, not SipHash.
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use swc_core::ecma::ast::{
    Class, ClassMember, Decl, Expr, Lit, Pat, Prop, PropName, PropOrSpread, Stmt,
};
use swc_core::ecma::atoms::Atom;

use super::transform::ModuleComments;

/// A statement of a scope and what decides whether it stays.
pub(super) struct Item {
    /// Generated statements carry their text; modules' statements are printed later.
    text: Option<String>,
    declared: Vec<Atom>,
    refs: Vec<Atom>,
    kind: Kind,
    /// The module it comes from, when its package declared it free of side effects.
    pure_module: Option<usize>,
}

#[derive(Clone, Debug, PartialEq)]
pub(super) enum Kind {
    /// Always kept.
    Root,
    /// Kept unless its module is free of side effects and unused.
    Effect,
    /// Kept when a kept item references what it declares.
    Pure,
    /// Kept when the binding is.
    Tied(Atom),
}

impl Item {
    pub(super) fn generated(
        text: String,
        declared: Vec<Atom>,
        refs: Vec<Atom>,
        kind: Kind,
    ) -> Self {
        Item {
            text: Some(text),
            declared,
            refs,
            kind,
            pure_module: None,
        }
    }

    pub(super) fn statement(
        declared: Vec<Atom>,
        refs: Vec<Atom>,
        kind: Kind,
        pure_module: Option<usize>,
    ) -> Self {
        Item {
            text: None,
            declared,
            refs,
            kind,
            pure_module,
        }
    }

    /// A generated statement's text.
    pub(super) fn text(&self) -> &str {
        self.text.as_deref().unwrap_or("")
    }
}

/// Which of `items` stay.
pub(super) fn shake(items: &[Item]) -> Vec<bool> {
    let mut declared: HashMap<&Atom, Vec<usize>> = HashMap::default();
    let mut roots: Vec<usize> = Vec::new();
    let mut module_effects: HashMap<usize, Vec<usize>> = HashMap::default();
    for (index, item) in items.iter().enumerate() {
        for name in &item.declared {
            declared.entry(name).or_default().push(index);
        }
        match &item.kind {
            Kind::Root => roots.push(index),
            Kind::Effect => match item.pure_module {
                Some(module) => module_effects.entry(module).or_default().push(index),
                None => roots.push(index),
            },
            Kind::Pure => {}
            Kind::Tied(name) => declared.entry(name).or_default().push(index),
        }
    }
    let mut kept = vec![false; items.len()];
    let mut live_modules: HashSet<usize> = HashSet::default();
    let mut stack = roots;
    while let Some(index) = stack.pop() {
        if kept[index] {
            continue;
        }
        kept[index] = true;
        let item = &items[index];
        if let Some(module) = item.pure_module
            && live_modules.insert(module)
            && let Some(effects) = module_effects.get(&module)
        {
            stack.extend(effects.iter().copied());
        }
        for name in &item.refs {
            if let Some(targets) = declared.get(name) {
                stack.extend(targets.iter().copied().filter(|t| !kept[*t]));
            }
        }
    }
    kept
}

/// The bindings a statement declares at the scope's top level.
pub(super) fn declared_names(stmt: &Stmt) -> Vec<Atom> {
    match stmt {
        Stmt::Decl(decl) => super::scope::decl_names(decl),
        other => super::transform::nested_var_ids(other)
            .into_iter()
            .map(|(sym, _)| sym)
            .collect(),
    }
}

/// Which statements and expressions can be dropped when their value is unused.
pub(super) struct Purity<'a> {
    pub(super) comments: &'a ModuleComments,
    /// The scope's top-level names (reading one has no side effects).
    pub(super) scope_names: &'a HashSet<Atom>,
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
    pub(super) fn stmt(&self, stmt: &Stmt) -> bool {
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

    fn pure_annotation(&self, lo: swc_core::common::BytePos) -> bool {
        self.comments
            .leading
            .binary_search_by_key(&lo, |(pos, _)| *pos)
            .ok()
            .is_some_and(|index| {
                self.comments.leading[index].1.iter().any(|comment| {
                    let text = comment.text.trim();
                    text == "#__PURE__" || text == "@__PURE__"
                })
            })
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
                self.scope_names.contains(&ident.sym) || PURE_GLOBALS.contains(&&*ident.sym)
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
                (call.span.is_pure() || self.pure_annotation(call.span.lo))
                    && call
                        .args
                        .iter()
                        .all(|a| a.spread.is_none() && self.expr(&a.expr))
            }
            Expr::New(new) => {
                (new.span.is_pure() || self.pure_annotation(new.span.lo))
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
