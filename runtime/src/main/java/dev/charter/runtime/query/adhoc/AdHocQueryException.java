package dev.charter.runtime.query.adhoc;

import dev.charter.runtime.NetworkException;
import java.util.List;
import java.util.stream.Collectors;

/** An ad-hoc query statement that cannot run: every problem found, each with its position. */
public final class AdHocQueryException extends NetworkException {

    private static final long serialVersionUID = 1L;

    private final transient List<QueryProblem> problems;

    AdHocQueryException(List<QueryProblem> problems) {
        super(problems.stream().map(QueryProblem::render).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<QueryProblem> problems() {
        return problems;
    }
}
