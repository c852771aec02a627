//! The light compression of hoisted ES modules in minified builds: the rewrites of swc's
//! compressor that pay for themselves, each local to one node, in one walk of the module.
//!
//! swc's compressor analysed every binding of a module before it rewrote anything: half a
//! second of CPU on ten copies of three.js, for rewrites that need no analysis. These do not:
//!
//! * `true` and `false` → `!0` and `!1`;
//! * `undefined` (the global) → `void 0`;
//! * `const` → `let` where the module never assigns to the constant (and calls no `eval`): `let`
//!   has the same scope and temporal dead zone, and only an assignment tells them apart (a
//!   `TypeError` the code might catch);
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
//! * `a === null || a === void 0` → `a == null` (and `!==`/`&&` → `!=`) for a binding of the
//!   module (a global may be a getter, read twice or once).
//!
//! `undefined` stays where it is written to (`undefined++`, `(undefined) = 1`): `void 0` there
//! is a syntax error for the whole bundle where the original fails only when it runs. A chain of
//! `if`/`return` becomes at most [`MAX_CHAIN`] nested conditionals: the mangler, the fixer and
//! the printer walk them recursively.

use rustc_hash::FxHashSet as HashSet;
use swc_core::common::{DUMMY_SP, SyntaxContext};
use swc_core::ecma::ast::{
    ArrowExpr, ArrowFunctionBody, AssignTarget, BinExpr, BinaryOp, CallExpr, Callee, CondExpr,
    Decl, EmptyStmt, Expr, ExprStmt, ForHead, ForInStmt, ForOfStmt, ForStmt, Id, Ident, IfStmt,
    LabeledStmt, Lit, NewExpr, Null, Number, ParenExpr, Pat, Program, ReturnStmt, SeqExpr,
    SimpleAssignTarget, Stmt, Str, ThrowStmt, UnaryExpr, UnaryOp, UpdateExpr, VarDecl, VarDeclKind,
    WhileStmt, WithStmt,
};
use swc_core::ecma::utils::find_pat_ids;
use swc_core::ecma::visit::{Visit, VisitMut, VisitMutWith, VisitWith};

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
    /// The bindings the module assigns to somewhere (see [`Written`]); `None`: it calls `eval`,
    /// which may assign to any.
    written: Option<HashSet<Id>>,
}

/// The longest chain of `if (a) return b;` joined into one `return`.
const MAX_CHAIN: usize = 32;

impl Squeeze {
    /// The rewrites for `program`, whose globals have the context `unresolved`.
    pub(super) fn new(program: &Program, unresolved: SyntaxContext) -> Self {
        let mut written = Written {
            names: HashSet::default(),
            eval: false,
        };
        program.visit_with(&mut written);
        Squeeze {
            unresolved,
            written: (!written.eval).then_some(written.names),
        }
    }

    /// Whether a name is a global: unresolved, or in swc's inlined helpers, which are added
    /// after names are resolved (their names have no context, and none of them declares one
    /// of these names).
    fn is_global(&self, ctxt: SyntaxContext) -> bool {
        ctxt == self.unresolved || ctxt == SyntaxContext::empty()
    }
}

/// The names a module assigns to (over-approximated: every name inside a pattern that is
/// assigned to, default values and members' objects too), and whether it calls `eval`.
struct Written {
    names: HashSet<Id>,
    eval: bool,
}

/// Every name in a node.
struct AllNames<'a>(&'a mut HashSet<Id>);

impl Visit for AllNames<'_> {
    fn visit_ident(&mut self, ident: &Ident) {
        self.0.insert(ident.to_id());
    }
}

/// An expression without the parentheses around it.
fn unparenthesized(mut expr: &Expr) -> &Expr {
    while let Expr::Paren(ParenExpr { expr: inner, .. }) = expr {
        expr = inner;
    }
    expr
}

impl Visit for Written {
    fn visit_assign_target(&mut self, target: &AssignTarget) {
        match target {
            AssignTarget::Simple(SimpleAssignTarget::Ident(binding)) => {
                self.names.insert(binding.id.to_id());
            }
            AssignTarget::Simple(SimpleAssignTarget::Paren(paren)) => {
                if let Expr::Ident(ident) = unparenthesized(&paren.expr) {
                    self.names.insert(ident.to_id());
                }
            }
            // A member is assigned to, not the name of its object.
            AssignTarget::Simple(_) => {}
            AssignTarget::Pat(pat) => pat.visit_with(&mut AllNames(&mut self.names)),
        }
        target.visit_children_with(self);
    }

    fn visit_update_expr(&mut self, update: &UpdateExpr) {
        if let Expr::Ident(ident) = unparenthesized(&update.arg) {
            self.names.insert(ident.to_id());
        }
        update.visit_children_with(self);
    }

    fn visit_for_head(&mut self, head: &ForHead) {
        if let ForHead::Pat(pat) = head {
            pat.visit_with(&mut AllNames(&mut self.names));
        }
        head.visit_children_with(self);
    }

    fn visit_call_expr(&mut self, call: &CallExpr) {
        if let Callee::Expr(callee) = &call.callee
            && matches!(&**callee, Expr::Ident(ident) if ident.sym == "eval")
        {
            self.eval = true;
        }
        call.visit_children_with(self);
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
    let (op, text) = match (text.as_str() == Some("undefined"), strict) {
        (true, true) => (BinaryOp::Gt, "u".into()),
        (true, false) => (BinaryOp::Lt, "u".into()),
        (false, true) => (BinaryOp::EqEq, text),
        (false, false) => (BinaryOp::NotEq, text),
    };
    Some(Expr::Bin(BinExpr {
        span: bin.span,
        op,
        left: take(test),
        right: Box::new(Expr::Lit(Lit::Str(Str {
            span: DUMMY_SP,
            value: text,
            raw: None,
        }))),
    }))
}

impl Squeeze {
    /// `a === null || a === void 0` → `a == null` and `a !== null && a !== void 0` → `a != null`
    /// (either order), for a binding `a` of the module: reading it twice or once is the same.
    fn squeeze_nullish(&self, bin: &mut BinExpr) -> Option<Expr> {
        let (joined, op) = match bin.op {
            BinaryOp::LogicalOr => (BinaryOp::EqEqEq, BinaryOp::EqEq),
            BinaryOp::LogicalAnd => (BinaryOp::NotEqEq, BinaryOp::NotEq),
            _ => return None,
        };
        fn side(expr: &Expr, joined: BinaryOp) -> Option<(&Ident, bool)> {
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
        if a_null == b_null || a.sym != b.sym || a.ctxt != b.ctxt || self.is_global(a.ctxt) {
            return None;
        }
        Some(Expr::Bin(BinExpr {
            span: bin.span,
            op,
            left: Box::new(Expr::Ident(a.clone())),
            right: Box::new(Expr::Lit(Lit::Null(Null { span: DUMMY_SP }))),
        }))
    }
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
                    callee: Callee::Expr(take(callee)),
                    args: args.take().unwrap_or_default(),
                    type_args: None,
                }))
            }
            Expr::Bin(bin) => squeeze_typeof(bin).or_else(|| self.squeeze_nullish(bin)),
            _ => None,
        };
        if let Some(squeezed) = squeezed {
            *expr = squeezed;
        }
    }

    fn visit_mut_var_decl(&mut self, decl: &mut VarDecl) {
        decl.visit_mut_children_with(self);
        if decl.kind == VarDeclKind::Const
            && let Some(written) = &self.written
            && find_pat_ids::<_, Id>(&decl.decls)
                .iter()
                .all(|id| !written.contains(id))
        {
            decl.kind = VarDeclKind::Let;
        }
    }

    // Where `undefined` is written to, it stays (see the module doc).
    fn visit_mut_update_expr(&mut self, update: &mut UpdateExpr) {
        if !matches!(unparenthesized(&update.arg), Expr::Ident(_)) {
            update.visit_mut_children_with(self);
        }
    }

    fn visit_mut_simple_assign_target(&mut self, target: &mut SimpleAssignTarget) {
        if !matches!(target, SimpleAssignTarget::Paren(_)) {
            target.visit_mut_children_with(self);
        }
    }

    fn visit_mut_pat(&mut self, pat: &mut Pat) {
        if !matches!(pat, Pat::Expr(_)) {
            pat.visit_mut_children_with(self);
        }
    }

    fn visit_mut_stmt(&mut self, stmt: &mut Stmt) {
        stmt.visit_mut_children_with(self);
        match stmt {
            Stmt::If(test) => {
                // `if (a) return b; else return c;` → `return a ? b : c;`
                if returns(&test.cons)
                    && let Some(alt) = test.alt.as_deref_mut().filter(|alt| returns(alt))
                {
                    let alt = take_returned(alt);
                    *stmt = conditional_return(test, alt);
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

/// Whether a statement is an expression statement that is not a string (which may be a
/// directive).
fn plain(stmt: &Stmt) -> bool {
    matches!(stmt, Stmt::Expr(ExprStmt { expr, .. }) if !matches!(**expr, Expr::Lit(Lit::Str(_))))
}

/// Whether a statement is nothing but the expression it evaluates: a [`plain`] expression
/// statement, or a block of them.
fn is_expr(stmt: &Stmt) -> bool {
    match stmt {
        Stmt::Block(block) => !block.stmts.is_empty() && block.stmts.iter().all(plain),
        _ => plain(stmt),
    }
}

/// The expression of a statement that [`is_expr`], taken out of it.
fn take_expr(stmt: &mut Stmt) -> Box<Expr> {
    let mut exprs: Vec<Box<Expr>> = Vec::new();
    let mut collect = |stmt: &mut Stmt| {
        if let Stmt::Expr(ExprStmt { expr, .. }) = stmt {
            exprs.push(take(expr));
        }
    };
    let span = match stmt {
        Stmt::Block(block) => {
            block.stmts.iter_mut().for_each(&mut collect);
            block.span
        }
        other => {
            collect(other);
            DUMMY_SP
        }
    };
    match exprs.len() {
        1 => exprs.pop().expect("one expression"),
        _ => Box::new(Expr::Seq(SeqExpr { span, exprs })),
    }
}

/// What `expr` held, with a placeholder left in its place.
fn take(expr: &mut Box<Expr>) -> Box<Expr> {
    std::mem::replace(expr, number(0.0))
}

/// `if (a) b;` → `a && b`, `if (!a) b;` → `a || b`, `if (a) b; else c;` → `a ? b : c`.
fn if_as_expr(stmt: &mut IfStmt) -> Option<Box<Expr>> {
    if !is_expr(&stmt.cons) || !stmt.alt.as_deref().is_none_or(is_expr) {
        return None;
    }
    let cons = take_expr(&mut stmt.cons);
    let test = take(&mut stmt.test);
    let expr = match stmt.alt.as_deref_mut() {
        Some(alt) => Expr::Cond(CondExpr {
            span: stmt.span,
            test,
            cons,
            alt: take_expr(alt),
        }),
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

/// Whether a statement is a `return` with a value (or a block of just that).
fn returns(stmt: &Stmt) -> bool {
    match stmt {
        Stmt::Return(ret) => ret.arg.is_some(),
        Stmt::Block(block) if block.stmts.len() == 1 => returns(&block.stmts[0]),
        _ => false,
    }
}

/// The value of a statement that [`returns`], taken out of it.
fn take_returned(stmt: &mut Stmt) -> Box<Expr> {
    match stmt {
        Stmt::Return(ReturnStmt { arg: Some(arg), .. }) => take(arg),
        Stmt::Block(block) if block.stmts.len() == 1 => take_returned(&mut block.stmts[0]),
        _ => number(0.0),
    }
}

/// `return a ? b : c;` of `if (a) return b;` (whose test and value it takes) and `c`.
fn conditional_return(stmt: &mut IfStmt, alt: Box<Expr>) -> Stmt {
    Stmt::Return(ReturnStmt {
        span: stmt.span,
        arg: Some(Box::new(Expr::Cond(CondExpr {
            span: stmt.span,
            test: take(&mut stmt.test),
            cons: take_returned(&mut stmt.cons),
            alt,
        }))),
    })
}

/// `if (a) return b; return c;` → `return a ? b : c;`, from the end of the list, so that a chain
/// of them becomes one `return` (of at most [`MAX_CHAIN`] conditionals).
fn join_returns(stmts: &mut Vec<Stmt>) {
    let joins =
        |stmt: &Stmt| matches!(stmt, Stmt::If(test) if test.alt.is_none() && returns(&test.cons));
    if !stmts
        .windows(2)
        .any(|pair| joins(&pair[0]) && returns(&pair[1]))
    {
        return;
    }
    // Built backwards: `reversed.last()` is the statement after the one at hand.
    let mut reversed: Vec<Stmt> = Vec::with_capacity(stmts.len());
    let mut chain = 0;
    for mut stmt in stmts.drain(..).rev() {
        if chain < MAX_CHAIN
            && joins(&stmt)
            && let Some(next) = reversed.last_mut().filter(|next| returns(next))
            && let Stmt::If(test) = &mut stmt
        {
            let alt = take_returned(next);
            *next = conditional_return(test, alt);
            chain += 1;
            continue;
        }
        chain = 0;
        reversed.push(stmt);
    }
    reversed.reverse();
    *stmts = reversed;
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
