package dev.charter.compiler.load;

import dev.charter.compiler.diagnostic.Code;
import dev.charter.compiler.diagnostic.Diagnostics;
import dev.charter.compiler.load.ParsedNetwork.ParsedFile;
import dev.charter.compiler.model.TypeRef;
import dev.charter.compiler.model.query.OrderItem;
import dev.charter.compiler.model.query.OrderItem.SortDirection;
import dev.charter.compiler.model.query.Query;
import dev.charter.compiler.model.query.QueryFile;
import dev.charter.compiler.model.query.Select;
import dev.charter.dsl.charter.AclRule;
import dev.charter.dsl.charter.CharterPackage.Literals;
import dev.charter.dsl.charter.RulesFile;
import dev.charter.dsl.charter.SelectStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Maps {@code queries.qry} to a {@link QueryFile}. Access rules written there are reported as
 * misplaced and left out; conditions the query engine cannot run are reported by
 * {@link QueryConditionMapper}.
 */
public final class QueryMapper {

    private final Diagnostics diagnostics;

    public QueryMapper(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** The network's queries, or empty when it has no {@code queries.qry}. */
    public Optional<QueryFile> map(ParsedNetwork network) {
        return network.files().stream().filter(f -> f.source().kind() == FileKind.QUERY).findFirst().map(this::mapFile);
    }

    private QueryFile mapFile(ParsedFile file) {
        Locator at = new Locator(file.source());
        Optional<RulesFile> root = RulesFiles.root(file, FileKind.QUERY, diagnostics, at);
        if (root.isEmpty()) {
            return new QueryFile(file.source().path(), List.of());
        }
        for (AclRule rule : root.get().getRules()) {
            diagnostics.report(Code.MISPLACED_CONTENT, at.of(rule), "An access rule", FileKind.QUERY.describe(),
                    "access rules belong in permissions.acl");
        }
        boolean reportShapes = !RulesFiles.hasSyntaxErrors(file);
        List<Query> queries = new ArrayList<>();
        for (dev.charter.dsl.charter.Query query : root.get().getQueries()) {
            // A query without these lost them to a syntax error, which is reported already.
            if (query.getName() != null && query.getStatement() != null) {
                QueryConditionMapper conditions = new QueryConditionMapper(query.getName(), at,
                        reportShapes ? diagnostics : new Diagnostics());
                queries.add(new Query(query.getName(), at.of(query, Literals.QUERY__NAME),
                        query.getDescription() == null ? "" : query.getDescription(),
                        select(query.getStatement(), at, conditions)));
            }
        }
        return new QueryFile(file.source().path(), queries);
    }

    private static Select select(SelectStatement statement, Locator at, QueryConditionMapper conditions) {
        TypeRef type = ModelMapper.declaredRef(statement.getType(), at.text(statement, Literals.SELECT_STATEMENT__TYPE),
                at.of(statement, Literals.SELECT_STATEMENT__TYPE));
        List<OrderItem> orderBy = new ArrayList<>();
        for (dev.charter.dsl.charter.OrderItem item : statement.getOrderBy()) {
            conditions.path(item.getPath()).ifPresent(path -> orderBy.add(new OrderItem(path,
                    SortDirection.valueOf(item.getDirection().name()), at.of(item))));
        }
        return new Select(type, Optional.ofNullable(statement.getRegistry()), conditions.condition(statement.getWhere()),
                orderBy, conditions.operand(statement.getLimit()), conditions.operand(statement.getSkip()),
                at.of(statement));
    }
}
