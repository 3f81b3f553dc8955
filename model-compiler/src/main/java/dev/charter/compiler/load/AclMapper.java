package dev.charter.compiler.load;

import dev.charter.compiler.diagnostic.Code;
import dev.charter.compiler.diagnostic.Diagnostics;
import dev.charter.compiler.diagnostic.SourceLocation;
import dev.charter.compiler.load.ParsedNetwork.ParsedFile;
import dev.charter.compiler.model.acl.AclBinding;
import dev.charter.compiler.model.acl.AclFile;
import dev.charter.compiler.model.acl.AclRule;
import dev.charter.compiler.model.acl.AclRule.OperationUse;
import dev.charter.compiler.model.acl.AclTarget;
import dev.charter.compiler.model.acl.Action;
import dev.charter.compiler.model.acl.Operation;
import dev.charter.compiler.model.expr.Variable;
import dev.charter.dsl.charter.CharterPackage.Literals;
import dev.charter.dsl.charter.Query;
import dev.charter.dsl.charter.RulesFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;

/**
 * Maps {@code permissions.acl} to an {@link AclFile}. Queries written there are reported as
 * misplaced (the grammar reads both kinds of file alike) and left out.
 */
public final class AclMapper {

    private final Diagnostics diagnostics;

    public AclMapper(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** The network's access rules, or empty when it has no {@code permissions.acl}. */
    public Optional<AclFile> map(ParsedNetwork network) {
        return network.files().stream().filter(f -> f.source().kind() == FileKind.ACL).findFirst().map(this::mapFile);
    }

    private AclFile mapFile(ParsedFile file) {
        Locator at = new Locator(file.source());
        Optional<RulesFile> rules = RulesFiles.root(file, FileKind.ACL, diagnostics, at);
        if (rules.isEmpty()) {
            return new AclFile(file.source().path(), List.of());
        }
        for (Query query : rules.get().getQueries()) {
            diagnostics.report(Code.MISPLACED_CONTENT, at.of(query), "A query", FileKind.ACL.describe(),
                    "queries belong in queries.qry");
        }
        ExpressionMapper expressions = new ExpressionMapper(at);
        List<AclRule> mapped = new ArrayList<>();
        for (dev.charter.dsl.charter.AclRule rule : rules.get().getRules()) {
            // A rule without these lost them to a syntax error, which is reported already.
            if (rule.getName() != null && rule.getParticipant() != null && rule.getResource() != null) {
                mapped.add(mapRule(rule, at, expressions));
            }
        }
        return new AclFile(file.source().path(), mapped);
    }

    private static AclRule mapRule(dev.charter.dsl.charter.AclRule rule, Locator at, ExpressionMapper expressions) {
        AclBinding participant = binding(rule, rule.getParticipant(), Literals.ACL_RULE__PARTICIPANT,
                rule.getParticipantVariable(), at);
        AclBinding resource = binding(rule, rule.getResource(), Literals.ACL_RULE__RESOURCE,
                rule.getResourceVariable(), at);
        Optional<AclBinding> transaction = rule.getTransaction() == null ? Optional.empty()
                : Optional.of(binding(rule, rule.getTransaction(), Literals.ACL_RULE__TRANSACTION,
                        rule.getTransactionVariable(), at));
        List<SourceLocation> operationLocations = at.each(rule, Literals.ACL_RULE__OPERATIONS);
        List<OperationUse> operations = new ArrayList<>();
        for (int i = 0; i < rule.getOperations().size(); i++) {
            operations.add(new OperationUse(Operation.valueOf(rule.getOperations().get(i).name()),
                    i < operationLocations.size() ? operationLocations.get(i) : at.of(rule)));
        }
        return new AclRule(rule.getName(), at.of(rule, Literals.ACL_RULE__NAME),
                rule.getDescription() == null ? "" : rule.getDescription(), participant, operations, resource,
                transaction, Optional.ofNullable(rule.getCondition()).map(c -> expressions.map(c, rule)),
                Action.valueOf(rule.getAction().name()));
    }

    private static AclBinding binding(EObject rule, String target, EAttribute feature,
            dev.charter.dsl.charter.Variable variable, Locator at) {
        Optional<Variable> bound = variable == null || variable.getName() == null ? Optional.empty()
                : Optional.of(new Variable(variable.getName(), at.of(variable, Literals.VARIABLE__NAME)));
        return new AclBinding(AclTarget.parse(target, at.stringContent(rule, feature)), bound);
    }
}
