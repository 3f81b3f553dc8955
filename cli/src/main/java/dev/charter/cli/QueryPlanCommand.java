package dev.charter.cli;

import dev.charter.compiler.NetworkCompiler;
import dev.charter.runtime.model.ModelInfo;
import dev.charter.runtime.query.QueryCatalog;
import dev.charter.runtime.query.QueryPlan;
import dev.charter.runtime.query.adhoc.AdHocQuery;
import dev.charter.runtime.query.adhoc.AdHocQueryException;
import dev.charter.runtime.query.adhoc.QueryProblem;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code charter query plan <dir> <statement>}: an ad-hoc statement checked against a network as a ledger
 * checks it before running it — its problems with line and column, or its plan.
 */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = {"Check an ad-hoc query statement against a network, as a ledger does before running it.",
                "Prints each problem as <line>:<column>: error CTRnnn: message (exit code 1), or the statement's plan",
                "in the form of META-INF/charter/queries.json, with the index the compiler would derive for it."})
final class QueryPlanCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<dir>", description = "The network directory.")
    Path directory;

    @Parameters(index = "1", paramLabel = "<statement>",
            description = "SELECT ns.Type [WHERE (…)] [ORDER BY …] [LIMIT …] [SKIP …], quoted as one argument.")
    String statement;

    @Override
    public Integer call() {
        Integer usage = Networks.requireNetwork(spec, "query plan", directory);
        if (usage != null) {
            return usage;
        }
        Optional<NetworkCompiler.Compilation> compiled = Networks.compile(spec, "query plan", directory);
        if (compiled.isEmpty()) {
            return Charter.ExitCode.PROBLEMS;
        }
        ModelInfo model = ModelInfo.read(new ByteArrayInputStream(compiled.get().output().get().modelJson()));
        QueryPlan plan;
        try {
            plan = AdHocQuery.plan("adhoc", statement, model);
        } catch (AdHocQueryException e) {
            for (QueryProblem problem : e.problems()) {
                spec.commandLine().getOut().println(problem.render());
            }
            spec.commandLine().getOut().println(e.problems().size() + (e.problems().size() == 1 ? " error" : " errors")
                    + " in the statement");
            return Charter.ExitCode.PROBLEMS;
        }
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        QueryCatalog.derive(model, List.of(plan)).write(json);
        spec.commandLine().getOut().println(json.toString(StandardCharsets.UTF_8));
        return Charter.ExitCode.OK;
    }
}
