package dev.charter.compiler.load;

import dev.charter.compiler.diagnostic.Code;
import dev.charter.compiler.diagnostic.Diagnostics;
import dev.charter.compiler.diagnostic.SourceLocation;
import dev.charter.compiler.load.ParsedNetwork.ParsedFile;
import dev.charter.compiler.model.expr.Variable;
import dev.charter.compiler.model.logic.Block;
import dev.charter.compiler.model.logic.Handler;
import dev.charter.compiler.model.logic.LogicFile;
import dev.charter.compiler.model.logic.LogicFunction;
import dev.charter.compiler.model.logic.Parameter;
import dev.charter.compiler.model.logic.Stmt;
import dev.charter.compiler.model.logic.ValueType;
import dev.charter.dsl.charter.AssignmentStatement;
import dev.charter.dsl.charter.CharterPackage.Literals;
import dev.charter.dsl.charter.EmitStatement;
import dev.charter.dsl.charter.Expression;
import dev.charter.dsl.charter.FailStatement;
import dev.charter.dsl.charter.ForStatement;
import dev.charter.dsl.charter.FunctionDeclaration;
import dev.charter.dsl.charter.IfStatement;
import dev.charter.dsl.charter.LetStatement;
import dev.charter.dsl.charter.NamespaceFile;
import dev.charter.dsl.charter.PersistStatement;
import dev.charter.dsl.charter.RequireStatement;
import dev.charter.dsl.charter.ReturnStatement;
import dev.charter.dsl.charter.RulesFile;
import dev.charter.dsl.charter.Statement;
import dev.charter.dsl.charter.TypeReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.emf.ecore.EObject;

/**
 * Maps {@code logic/*.logic} files to {@link LogicFile}s. Types declared in a logic file, and
 * rules or queries written there, are reported as misplaced; whatever a syntax error left
 * incomplete is skipped (the syntax error is reported already).
 */
public final class LogicMapper {

    private final Diagnostics diagnostics;

    public LogicMapper(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    public List<LogicFile> map(ParsedNetwork network) {
        List<LogicFile> files = new ArrayList<>();
        for (ParsedFile file : network.files()) {
            if (file.source().kind() == FileKind.LOGIC) {
                map(file).ifPresent(files::add);
            }
        }
        return files;
    }

    private Optional<LogicFile> map(ParsedFile file) {
        Locator at = new Locator(file.source());
        EObject root = file.resource().getContents().isEmpty() ? null : file.resource().getContents().get(0);
        if (!(root instanceof NamespaceFile logic) || logic.getName() == null) {
            if (root instanceof RulesFile rules && (!rules.getRules().isEmpty() || !rules.getQueries().isEmpty())) {
                boolean rule = !rules.getRules().isEmpty();
                diagnostics.report(Code.MISPLACED_CONTENT, at.of(rule ? rules.getRules().get(0) : rules.getQueries().get(0)),
                        rule ? "An access rule" : "A query", FileKind.LOGIC.describe(),
                        rule ? "access rules belong in permissions.acl" : "queries belong in queries.qry");
            } else if (file.resource().getParseResult() == null || !file.resource().getParseResult().hasSyntaxErrors()) {
                diagnostics.report(Code.MISSING_NAMESPACE, SourceLocation.ofFile(file.source().path()),
                        FileKind.LOGIC.describe());
            }
            return Optional.empty();
        }
        if (!logic.getDeclarations().isEmpty()) {
            diagnostics.report(Code.MISPLACED_CONTENT, at.of(logic.getDeclarations().get(0)), "A type declaration",
                    FileKind.LOGIC.describe(), "types belong in models/*.cto");
        }
        StatementMapper statements = new StatementMapper(at);
        List<Handler> handlers = new ArrayList<>();
        for (dev.charter.dsl.charter.Handler handler : logic.getHandlers()) {
            if (handler.getParameter() == null || handler.getParameter().getName() == null || handler.getBody() == null) {
                continue;
            }
            handlers.add(new Handler(
                    ModelMapper.declaredRef(handler.getTransaction(), at.text(handler, Literals.HANDLER__TRANSACTION),
                            at.of(handler, Literals.HANDLER__TRANSACTION)),
                    new Variable(handler.getParameter().getName(), at.of(handler.getParameter())),
                    statements.block(handler.getBody(), handler), at.of(handler, Literals.HANDLER__TRANSACTION)));
        }
        List<LogicFunction> functions = new ArrayList<>();
        for (FunctionDeclaration function : logic.getFunctions()) {
            if (function.getName() == null || function.getBody() == null) {
                continue;
            }
            List<Parameter> parameters = new ArrayList<>();
            for (dev.charter.dsl.charter.Parameter parameter : function.getParameters()) {
                if (parameter.getName() != null && parameter.getType() != null) {
                    parameters.add(new Parameter(parameter.getName(), valueType(parameter.getType(), at),
                            at.of(parameter, Literals.PARAMETER__NAME)));
                }
            }
            functions.add(new LogicFunction(logic.getName(), function.getName(), parameters,
                    Optional.ofNullable(function.getReturnType()).map(t -> valueType(t, at)),
                    statements.block(function.getBody(), function), at.of(function, Literals.FUNCTION_DECLARATION__NAME)));
        }
        return Optional.of(new LogicFile(file.source().path(), logic.getName(), handlers, functions));
    }

    static ValueType valueType(TypeReference type, Locator at) {
        return new ValueType(ModelMapper.typeRef(type, at), type.isArray());
    }

    /** Statements and blocks of one file. */
    private static final class StatementMapper {

        private final Locator at;
        private final ExpressionMapper expressions;

        StatementMapper(Locator at) {
            this.at = at;
            this.expressions = new ExpressionMapper(at);
        }

        Block block(dev.charter.dsl.charter.Block block, EObject context) {
            if (block == null) {
                return new Block(List.of(), at.of(context));
            }
            List<Stmt> mapped = new ArrayList<>();
            for (Statement statement : block.getStatements()) {
                statement(statement).ifPresent(mapped::add);
            }
            return new Block(mapped, at.of(block));
        }

        private Optional<Stmt> statement(Statement statement) {
            SourceLocation location = at.of(statement);
            if (statement instanceof LetStatement let) {
                if (let.getVariable() == null || let.getVariable().getName() == null) {
                    return Optional.empty();
                }
                return Optional.of(new Stmt.Let(new Variable(let.getVariable().getName(), at.of(let.getVariable())),
                        Optional.ofNullable(let.getType()).map(t -> valueType(t, at)),
                        expressions.map(let.getValue(), let), location));
            }
            if (statement instanceof IfStatement conditional) {
                return Optional.of(conditional(conditional));
            }
            if (statement instanceof ForStatement loop) {
                if (loop.getVariable() == null || loop.getVariable().getName() == null) {
                    return Optional.empty();
                }
                return Optional.of(new Stmt.For(new Variable(loop.getVariable().getName(), at.of(loop.getVariable())),
                        expressions.map(loop.getIterable(), loop), block(loop.getBody(), loop), location));
            }
            if (statement instanceof RequireStatement require) {
                return Optional.of(new Stmt.Require(expressions.map(require.getCondition(), require),
                        expressions.map(require.getMessage(), require), location));
            }
            if (statement instanceof FailStatement fail) {
                return Optional.of(new Stmt.Fail(expressions.map(fail.getMessage(), fail), location));
            }
            if (statement instanceof ReturnStatement ret) {
                return Optional.of(new Stmt.Return(expressions.map(ret.getValue(), ret), location));
            }
            if (statement instanceof PersistStatement persist) {
                if (persist.getOperation() == null) {
                    return Optional.empty();
                }
                return Optional.of(new Stmt.Persist(Stmt.Persist.Operation.valueOf(persist.getOperation().name()),
                        expressions.map(persist.getTarget(), persist), location));
            }
            if (statement instanceof EmitStatement emit) {
                return Optional.of(new Stmt.Emit(expressions.type(emit, emit.getType(), Literals.EMIT_STATEMENT__TYPE),
                        expressions.fields(emit.getBody()), location));
            }
            if (statement instanceof AssignmentStatement assignment) {
                Stmt.Assign.Operator operator = switch (String.valueOf(assignment.getOperator())) {
                    case "+=" -> Stmt.Assign.Operator.APPEND;
                    case "-=" -> Stmt.Assign.Operator.REMOVE;
                    default -> Stmt.Assign.Operator.SET;
                };
                return Optional.of(new Stmt.Assign(expressions.map(assignment.getTarget(), assignment), operator,
                        expressions.map(assignment.getValue(), assignment), location));
            }
            if (statement instanceof Expression expression) {
                return Optional.of(new Stmt.Evaluate(expressions.map(expression, statement), location));
            }
            return Optional.empty();
        }

        private Stmt.If conditional(IfStatement conditional) {
            Optional<Block> otherwise;
            if (conditional.getElseIf() != null) {
                Stmt.If nested = conditional(conditional.getElseIf());
                otherwise = Optional.of(new Block(List.of(nested), nested.location()));
            } else {
                otherwise = Optional.ofNullable(conditional.getElse()).map(b -> block(b, conditional));
            }
            return new Stmt.If(expressions.map(conditional.getCondition(), conditional),
                    block(conditional.getThen(), conditional), otherwise, at.of(conditional));
        }
    }
}
