package dev.charter.compiler.check.logic;

import dev.charter.compiler.check.Check;
import dev.charter.compiler.check.CheckInfo;
import dev.charter.compiler.diagnostic.Code;
import dev.charter.compiler.diagnostic.Diagnostics;
import dev.charter.compiler.logic.LogicTypeChecker;
import dev.charter.compiler.model.Network;

@CheckInfo(summary = "Type errors and unsound logic in handlers and functions: unknown names, fields, types and"
        + " functions, mismatched types, assignments to identifiers or transactions, missing fields, handlers and"
        + " returns, unreachable statements and recursion.",
        reports = {Code.LOGIC_UNKNOWN_TYPE, Code.LOGIC_UNKNOWN_FIELD, Code.LOGIC_UNKNOWN_NAME, Code.LOGIC_UNKNOWN_FUNCTION,
                Code.LOGIC_TYPE_MISMATCH, Code.LOGIC_INCOMPARABLE, Code.LOGIC_IDENTIFIER_ASSIGNED,
                Code.LOGIC_TRANSACTION_FIELD_ASSIGNED, Code.LOGIC_PERSIST_NON_RESOURCE, Code.LOGIC_EMIT_NON_EVENT,
                Code.LOGIC_MISSING_FIELD, Code.LOGIC_UNKNOWN_INITIALIZED_FIELD, Code.LOGIC_HANDLER_FOR_NON_TRANSACTION,
                Code.LOGIC_DUPLICATE_HANDLER, Code.LOGIC_MISSING_RETURN, Code.LOGIC_UNREACHABLE, Code.LOGIC_NO_HANDLER,
                Code.LOGIC_NOT_BOOLEAN, Code.LOGIC_ARGUMENT_COUNT, Code.LOGIC_UNKNOWN_METHOD, Code.LOGIC_NOT_ASSIGNABLE,
                Code.LOGIC_UNEXPECTED_RETURN, Code.LOGIC_DUPLICATE_VARIABLE, Code.LOGIC_FUNCTION_MISSING_RETURN,
                Code.LOGIC_RECURSION, Code.LOGIC_ABSTRACT_NEW, Code.LOGIC_UNKNOWN_QUERY, Code.LOGIC_DUPLICATE_FUNCTION,
                Code.LOGIC_IDENTIFIER_USE, Code.LOGIC_USELESS_EXPRESSION, Code.LOGIC_IMPOSSIBLE_TYPE_TEST,
                Code.LOGIC_AMBIGUOUS_NAME, Code.LOGIC_UNTYPED_VARIABLE,
                Code.LOGIC_DUPLICATE_ARGUMENT})
public final class LogicTypeCheck implements Check {

    @Override
    public void check(Network network, Diagnostics diagnostics) {
        new LogicTypeChecker(network, diagnostics).check();
    }
}
