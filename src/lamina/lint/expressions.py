"""Whether a column default is volatile, read from its parse tree.

PostgreSQL 11+ adds a column with a default without touching existing rows when the default can be
computed once: constants, casts of constants, CURRENT_TIMESTAMP and the like, and calls of
functions that are never VOLATILE with such arguments. Anything else (`gen_random_uuid()`,
`nextval(…)`, a function from an extension or the user, which the catalog of a bare parser cannot
vouch for) makes it rewrite the table, filling every row.
"""

from __future__ import annotations

from pglast import ast

from lamina.lint.nonvolatile_functions import NON_VOLATILE_FUNCTIONS
from lamina.lint.statements import names_of


def is_volatile(expression: object) -> bool:
    match expression:
        case None | ast.A_Const() | ast.SQLValueFunction():
            return False
        case ast.TypeCast():
            return is_volatile(expression.arg)
        case ast.CollateClause():
            return is_volatile(expression.arg)
        case ast.A_ArrayExpr():
            return any(is_volatile(e) for e in expression.elements or ())
        case ast.A_Expr():
            return is_volatile(expression.lexpr) or is_volatile(expression.rexpr)
        case ast.BoolExpr():
            return any(is_volatile(a) for a in expression.args or ())
        case ast.FuncCall():
            names = names_of(expression.funcname)
            if len(names) > 1 and names[0] != "pg_catalog":
                return True
            return names[-1] not in NON_VOLATILE_FUNCTIONS or any(is_volatile(a) for a in expression.args or ())
        case tuple() | list():
            return any(is_volatile(e) for e in expression)
    return True
