//! The light compression of hoisted ES modules in minified builds: the rewrites of swc's
//! compressor that pay for themselves, each local to one node, in one walk of the module.
//!
//! swc's compressor analysed every binding of a module before it rewrote anything: half a
//! second of CPU on ten copies of three.js, for rewrites that need no analysis. These do not:
//!
//! * `true` and `false` → `!0` and `!1`;
//! * `undefined` (the global) → `void 0`;
//! * `const` → `let` (a `const` is only ever read in a program that runs without a
//!   `TypeError`, and `let` has the same scope and temporal dead zone);
//! * `new Error(…)` → `Error(…)` for the global error constructors (which construct when called);
//! * `typeof x === "string"` → `typeof x == "string"` (both sides are strings), and
//!   `typeof x === "undefined"` → `typeof x > "u"` (`"undefined"` is the one result of `typeof`
//!   after `"u"`), `!==` → `<`;
//! * consecutive declarations of one kind joined: `let a = 1; let b = 2` → `let a = 1, b = 2`.
//!   At a module's top level only once the scope is shaken ([`join_declarations`]): each
//!   top-level statement is kept or dropped as a whole;
//! * an `if` whose branches are expressions becomes one: `if (a) b();` → `a && b();`,
//!   `if (!a) b();` → `a || b();`, `if (a) { b(); c(); } else d();` → `a ? (b(), c()) : d();`;
//! * `if (a) return b; return c;` → `return a ? b : c;` (and so on up a chain of them);
//! * the block of one statement around an `if`'s or a loop's body left out: `if (a) { throw b }`
//!   → `if (a) throw b`;
//! * `if (a) return b; else return c;` → `return a ? b : c;`, and the `else` after a branch that
//!   returns, throws, breaks or continues left out;
//! * consecutive expression statements as one sequence, and one before a `return` or `throw`
//!   inside it (`a(); return b;` → `return a(), b;`), so that an arrow function's body
//!   `{ return a }` becomes `a`;
//! * `a === null || a === void 0` → `a == null` (and `!==`/`&&` → `!=`).

use swc_core::common::{DUMMY_SP, SyntaxContext};
use swc_core::ecma::ast::{
    ArrowExpr, ArrowFunctionBody, BinExpr, BinaryOp, CallExpr, Callee, CondExpr, Decl, EmptyStmt,
    Expr, ExprStmt, ForInStmt, ForOfStmt, ForStmt, IfStmt, LabeledStmt, Lit, NewExpr, Number,
    ReturnStmt, SeqExpr, Stmt, Str, ThrowStmt, UnaryExpr, UnaryOp, VarDecl, VarDeclKind, WhileStmt,
    WithStmt,
};
use swc_core::ecma::visit::{VisitMut, VisitMutWith};

/// Global constructors that construct the same object when called without `new`.
const CALLABLE_CONSTRUCTORS: [&str; 8] = [
    "Error",
    "TypeError",
    "RangeError",
    "SyntaxError",
    "ReferenceError",
    "EvalError",
    "URIError",
    "AggregateError",
];

/// The rewrites of the module doc. Statement lists are joined below the module's top level
/// (a module's items are no statement list).
pub(super) struct Squeeze {
    /// The context of names no binding of the module declares (globals).
    unresolved: SyntaxContext,
}

impl Squeeze {
    pub(super) fn new(unresolved: SyntaxContext) -> Self {
        Squeeze { unresolved }
    }

    /// Whether a name is a global: unresolved, or in swc's inlined helpers, which are added
    /// after names are resolved (their names have no context, and none of them declares one
    /// of these names).
    fn is_global(&self, ctxt: SyntaxContext) -> bool {
        ctxt == self.unresolved || ctxt == SyntaxContext::empty()
    }
}

fn number(value: f64) -> Box<Expr> {
    Box::new(Expr::Lit(Lit::Num(Number {
        span: DUMMY_SP,
        value,
        raw: None,
    })))
}

fn unary(op: UnaryOp, arg: Box<Expr>, span: swc_core::common::Span) -> Expr {
    Expr::Unary(UnaryExpr { span, op, arg })
}

fn is_typeof(expr: &Expr) -> bool {
    matches!(
        expr,
        Expr::Unary(UnaryExpr {
            op: UnaryOp::TypeOf,
            ..
        })
    )
}

fn string(expr: &Expr) -> Option<&Str> {
    match expr {
        Expr::Lit(Lit::Str(text)) => Some(text),
        _ => None,
    }
}

/// `typeof x === "…"` and its mirror, made shorter (see the module doc).
fn squeeze_typeof(bin: &mut BinExpr) -> Option<Expr> {
    let strict = match bin.op {
        BinaryOp::EqEqEq => true,
        BinaryOp::NotEqEq => false,
        _ => return None,
    };
    let (test, text) = if is_typeof(&bin.left) && string(&bin.right).is_some() {
        (&mut bin.left, string(&bin.right)?.value.clone())
    } else if is_typeof(&bin.right) && string(&bin.left).is_some() {
        (&mut bin.right, string(&bin.left)?.value.clone())
    } else {
        return None;
    };
    let test = std::mem::replace(test, number(0.0));
    if text.as_str() == Some("undefined") {
        return Some(Expr::Bin(BinExpr {
            span: bin.span,
            op: if strict { BinaryOp::Gt } else { BinaryOp::Lt },
            left: test,
            right: Box::new(Expr::Lit(Lit::Str(Str {
                span: DUMMY_SP,
                value: "u".into(),
                raw: None,
            }))),
        }));
    }
    Some(Expr::Bin(BinExpr {
        span: bin.span,
        op: if strict {
            BinaryOp::EqEq
        } else {
            BinaryOp::NotEq
        },
        left: test,
        right: Box::new(Expr::Lit(Lit::Str(Str {
            span: DUMMY_SP,
            value: text,
            raw: None,
        }))),
    }))
}

/// `a === null || a === void 0` → `a == null` and `a !== null && a !== void 0` → `a != null`
/// (either order), for a name `a`: reading a name twice or once is the same.
fn squeeze_nullish(bin: &mut BinExpr) -> Option<Expr> {
    let (joined, op) = match bin.op {
        BinaryOp::LogicalOr => (BinaryOp::EqEqEq, BinaryOp::EqEq),
        BinaryOp::LogicalAnd => (BinaryOp::NotEqEq, BinaryOp::NotEq),
        _ => return None,
    };
    fn side(expr: &Expr, joined: BinaryOp) -> Option<(&swc_core::ecma::ast::Ident, bool)> {
        let Expr::Bin(BinExpr {
            op, left, right, ..
        }) = expr
        else {
            return None;
        };
        if *op != joined {
            return None;
        }
        let is_null = |e: &Expr| matches!(e, Expr::Lit(Lit::Null(_)));
        let is_void0 = |e: &Expr| matches!(e, Expr::Unary(UnaryExpr { op: UnaryOp::Void, arg, .. }) if matches!(**arg, Expr::Lit(Lit::Num(_))));
        match (&**left, &**right) {
            (Expr::Ident(name), other) | (other, Expr::Ident(name)) if is_null(other) => {
                Some((name, true))
            }
            (Expr::Ident(name), other) | (other, Expr::Ident(name)) if is_void0(other) => {
                Some((name, false))
            }
            _ => None,
        }
    }
    let (a, a_null) = side(&bin.left, joined)?;
    let (b, b_null) = side(&bin.right, joined)?;
    if a_null == b_null || a.sym != b.sym || a.ctxt != b.ctxt {
        return None;
    }
    Some(Expr::Bin(BinExpr {
        span: bin.span,
        op,
        left: Box::new(Expr::Ident(a.clone())),
        right: Box::new(Expr::Lit(Lit::Null(swc_core::ecma::ast::Null {
            span: DUMMY_SP,
        }))),
    }))
}

impl VisitMut for Squeeze {
    fn visit_mut_expr(&mut self, expr: &mut Expr) {
        expr.visit_mut_children_with(self);
        let squeezed = match expr {
            Expr::Lit(Lit::Bool(value)) => Some(unary(
                UnaryOp::Bang,
                number(if value.value { 0.0 } else { 1.0 }),
                value.span,
            )),
            Expr::Ident(ident) if self.is_global(ident.ctxt) && ident.sym == "undefined" => {
                Some(unary(UnaryOp::Void, number(0.0), ident.span))
            }
            Expr::New(NewExpr {
                span,
                ctxt,
                callee,
                args,
                ..
            }) if matches!(&**callee, Expr::Ident(name) if self.is_global(name.ctxt) && CALLABLE_CONSTRUCTORS.contains(&name.sym.as_str())) => {
                Some(Expr::Call(CallExpr {
                    span: *span,
                    ctxt: *ctxt,
                    callee: Callee::Expr(std::mem::replace(callee, number(0.0))),
                    args: args.take().unwrap_or_default(),
                    type_args: None,
                }))
            }
            Expr::Bin(bin) => squeeze_typeof(bin).or_else(|| squeeze_nullish(bin)),
            _ => None,
        };
        if let Some(squeezed) = squeezed {
            *expr = squeezed;
        }
    }

    fn visit_mut_var_decl(&mut self, decl: &mut VarDecl) {
        decl.visit_mut_children_with(self);
        if decl.kind == VarDeclKind::Const {
            decl.kind = VarDeclKind::Let;
        }
    }

    fn visit_mut_stmt(&mut self, stmt: &mut Stmt) {
        stmt.visit_mut_children_with(self);
        match stmt {
            Stmt::If(test) => {
                // `if (a) return b; else return c;` → `return a ? b : c;`
                if let (Some(cons), Some(alt)) =
                    (returned(&test.cons), test.alt.as_deref().and_then(returned))
                {
                    *stmt = Stmt::Return(ReturnStmt {
                        span: test.span,
                        arg: Some(Box::new(Expr::Cond(CondExpr {
                            span: test.span,
                            test: test.test.clone(),
                            cons: cons.arg.clone().expect("a return with a value"),
                            alt: alt.arg.clone().expect("a return with a value"),
                        }))),
                    });
                    return;
                }
                if let Some(expr) = if_as_expr(test) {
                    *stmt = Stmt::Expr(ExprStmt {
                        span: test.span,
                        expr,
                    });
                    return;
                }
                // `if (a) { b }` → `if (a) b`, unless `b` would take the `else` that follows.
                unwrap_block(&mut test.cons, test.alt.is_some());
                if let Some(alt) = &mut test.alt {
                    unwrap_block(alt, false);
                }
            }
            Stmt::For(ForStmt { body, .. })
            | Stmt::ForIn(ForInStmt { body, .. })
            | Stmt::ForOf(ForOfStmt { body, .. })
            | Stmt::While(WhileStmt { body, .. }) => unwrap_block(body, false),
            _ => {}
        }
    }

    fn visit_mut_stmts(&mut self, stmts: &mut Vec<Stmt>) {
        stmts.visit_mut_children_with(self);
        drop_else_after_exit(stmts);
        join_returns(stmts);
        join_sequences(stmts);
        join_declarations(stmts);
    }

    fn visit_mut_arrow_expr(&mut self, arrow: &mut ArrowExpr) {
        arrow.visit_mut_children_with(self);
        // `() => { return a }` → `() => a`.
        if let ArrowFunctionBody::FunctionBody(block) = &mut *arrow.body
            && let [Stmt::Return(ReturnStmt { arg: Some(_), .. })] = block.stmts.as_slice()
            && let Some(Stmt::Return(ReturnStmt { arg: Some(arg), .. })) = block.stmts.pop()
        {
            *arrow.body = ArrowFunctionBody::Expr(arg);
        }
    }
}

/// `if (a) return b; else c;` → `if (a) return b; c;` (the same for `throw`, `break` and
/// `continue`): the `else` is left out, and a block after it too, unless it declares
/// something (its own scope).
fn drop_else_after_exit(stmts: &mut Vec<Stmt>) {
    fn exits(stmt: &Stmt) -> bool {
        match stmt {
            Stmt::Return(_) | Stmt::Throw(_) | Stmt::Break(_) | Stmt::Continue(_) => true,
            Stmt::Block(block) => block.stmts.last().is_some_and(exits),
            _ => false,
        }
    }
    let droppable =
        |stmt: &Stmt| matches!(stmt, Stmt::If(IfStmt { cons, alt: Some(_), .. }) if exits(cons));
    if !stmts.iter().any(droppable) {
        return;
    }
    let mut out = Vec::with_capacity(stmts.len() + 1);
    for mut stmt in stmts.drain(..) {
        if droppable(&stmt)
            && let Stmt::If(test) = &mut stmt
            && let Some(alt) = test.alt.take()
        {
            out.push(stmt);
            match *alt {
                Stmt::Block(block) if !block.stmts.iter().any(|s| matches!(s, Stmt::Decl(_))) => {
                    out.extend(block.stmts)
                }
                alt => out.push(alt),
            }
            continue;
        }
        out.push(stmt);
    }
    *stmts = out;
}

/// Consecutive expression statements as one sequence (`a(); b();` → `a(), b();`), and one
/// before a `return` or `throw` inside it (`a(); return b;` → `return a(), b;`). Strings are
/// left alone: they may be directives.
fn join_sequences(stmts: &mut Vec<Stmt>) {
    fn plain(stmt: &Stmt) -> bool {
        matches!(stmt, Stmt::Expr(ExprStmt { expr, .. }) if !matches!(**expr, Expr::Lit(Lit::Str(_))))
    }
    let joins = |first: &Stmt, second: &Stmt| {
        plain(first)
            && (plain(second)
                || matches!(
                    second,
                    Stmt::Return(ReturnStmt { arg: Some(_), .. }) | Stmt::Throw(_)
                ))
    };
    if !stmts.windows(2).any(|pair| joins(&pair[0], &pair[1])) {
        return;
    }
    let mut out: Vec<Stmt> = Vec::with_capacity(stmts.len());
    for stmt in stmts.drain(..) {
        let Some(last) = out.last_mut() else {
            out.push(stmt);
            continue;
        };
        if !joins(last, &stmt) {
            out.push(stmt);
            continue;
        }
        let Stmt::Expr(ExprStmt { expr: first, .. }) =
            std::mem::replace(last, Stmt::Empty(EmptyStmt { span: DUMMY_SP }))
        else {
            unreachable!("joins() saw an expression statement")
        };
        let sequence = |first: Box<Expr>, second: Box<Expr>| {
            let mut exprs = match *first {
                Expr::Seq(SeqExpr { exprs, .. }) => exprs,
                first => vec![Box::new(first)],
            };
            exprs.push(second);
            Box::new(Expr::Seq(SeqExpr {
                span: DUMMY_SP,
                exprs,
            }))
        };
        *last = match stmt {
            Stmt::Expr(ExprStmt { span, expr }) => Stmt::Expr(ExprStmt {
                span,
                expr: sequence(first, expr),
            }),
            Stmt::Return(ReturnStmt {
                span,
                arg: Some(arg),
            }) => Stmt::Return(ReturnStmt {
                span,
                arg: Some(sequence(first, arg)),
            }),
            Stmt::Throw(ThrowStmt { span, arg }) => Stmt::Throw(ThrowStmt {
                span,
                arg: sequence(first, arg),
            }),
            _ => unreachable!("joins() saw a statement it joins"),
        };
    }
    *stmts = out;
}

/// A block of one statement as that statement: not a declaration (the block scopes it), and
/// not an `if` without `else` where an `else` follows (it would take it).
fn unwrap_block(body: &mut Box<Stmt>, else_follows: bool) {
    let Stmt::Block(block) = &mut **body else {
        return;
    };
    if block.stmts.len() != 1
        || matches!(block.stmts[0], Stmt::Decl(_))
        || (else_follows && takes_else(&block.stmts[0]))
    {
        return;
    }
    let inner = block.stmts.pop().expect("one statement");
    **body = inner;
}

/// Whether an `else` right after the statement would belong to an `if` inside it.
fn takes_else(stmt: &Stmt) -> bool {
    match stmt {
        Stmt::If(IfStmt { alt: None, .. }) => true,
        Stmt::If(IfStmt { alt: Some(alt), .. }) => takes_else(alt),
        Stmt::For(ForStmt { body, .. })
        | Stmt::ForIn(ForInStmt { body, .. })
        | Stmt::ForOf(ForOfStmt { body, .. })
        | Stmt::While(WhileStmt { body, .. })
        | Stmt::Labeled(LabeledStmt { body, .. })
        | Stmt::With(WithStmt { body, .. }) => takes_else(body),
        _ => false,
    }
}

/// A statement as the expression it evaluates, when it is nothing else: an expression
/// statement (not a string, which may be a directive), or a block of them.
fn as_expr(stmt: &Stmt) -> Option<Box<Expr>> {
    let plain = |stmt: &Stmt| match stmt {
        Stmt::Expr(ExprStmt { expr, .. }) if !matches!(**expr, Expr::Lit(Lit::Str(_))) => {
            Some(expr.clone())
        }
        _ => None,
    };
    match stmt {
        Stmt::Block(block) => {
            let mut exprs: Vec<Box<Expr>> = block.stmts.iter().map(plain).collect::<Option<_>>()?;
            match exprs.len() {
                0 => None,
                1 => exprs.pop(),
                _ => Some(Box::new(Expr::Seq(SeqExpr {
                    span: block.span,
                    exprs,
                }))),
            }
        }
        _ => plain(stmt),
    }
}

/// `if (a) b;` → `a && b`, `if (!a) b;` → `a || b`, `if (a) b; else c;` → `a ? b : c`.
fn if_as_expr(stmt: &mut IfStmt) -> Option<Box<Expr>> {
    let cons = as_expr(&stmt.cons)?;
    let test = std::mem::replace(&mut stmt.test, number(0.0));
    let expr = match &stmt.alt {
        Some(alt) => match as_expr(alt) {
            Some(alt) => Expr::Cond(CondExpr {
                span: stmt.span,
                test,
                cons,
                alt,
            }),
            None => {
                stmt.test = test;
                return None;
            }
        },
        None => match *test {
            Expr::Unary(UnaryExpr {
                op: UnaryOp::Bang,
                arg,
                ..
            }) => Expr::Bin(BinExpr {
                span: stmt.span,
                op: BinaryOp::LogicalOr,
                left: arg,
                right: cons,
            }),
            test => Expr::Bin(BinExpr {
                span: stmt.span,
                op: BinaryOp::LogicalAnd,
                left: Box::new(test),
                right: cons,
            }),
        },
    };
    Some(Box::new(expr))
}

/// The value a statement returns when it is a `return` with one (or a block of just that).
fn returned(stmt: &Stmt) -> Option<&ReturnStmt> {
    match stmt {
        Stmt::Return(ret) if ret.arg.is_some() => Some(ret),
        Stmt::Block(block) if block.stmts.len() == 1 => returned(&block.stmts[0]),
        _ => None,
    }
}

/// `if (a) return b; return c;` → `return a ? b : c;`, from the end of the list, so that a chain
/// of them becomes one `return`.
fn join_returns(stmts: &mut Vec<Stmt>) {
    let mut index = stmts.len();
    while index >= 2 {
        index -= 1;
        let (Stmt::If(test), Some(last)) = (&stmts[index - 1], returned(&stmts[index])) else {
            continue;
        };
        let Some(cons) = test.alt.is_none().then(|| returned(&test.cons)).flatten() else {
            continue;
        };
        let joined = Stmt::Return(ReturnStmt {
            span: test.span,
            arg: Some(Box::new(Expr::Cond(CondExpr {
                span: test.span,
                test: test.test.clone(),
                cons: cons.arg.clone().expect("a return with a value"),
                alt: last.arg.clone().expect("a return with a value"),
            }))),
        });
        stmts.splice(index - 1..=index, [joined]);
    }
}

/// Joins consecutive declarations of one kind (`var`, `let`, `const`) into one.
pub(super) fn join_declarations(stmts: &mut Vec<Stmt>) {
    let joinable = |stmt: &Stmt| match stmt {
        Stmt::Decl(Decl::Var(var)) if !var.declare => Some(var.kind),
        _ => None,
    };
    if !stmts
        .windows(2)
        .any(|pair| joinable(&pair[0]).is_some() && joinable(&pair[0]) == joinable(&pair[1]))
    {
        return;
    }
    let mut joined: Vec<Stmt> = Vec::with_capacity(stmts.len());
    for stmt in stmts.drain(..) {
        if let (Some(kind), Some(Stmt::Decl(Decl::Var(last)))) =
            (joinable(&stmt), joined.last_mut())
            && last.kind == kind
            && !last.declare
            && let Stmt::Decl(Decl::Var(var)) = stmt
        {
            last.decls.extend(var.decls);
            continue;
        }
        joined.push(stmt);
    }
    *stmts = joined;
}
