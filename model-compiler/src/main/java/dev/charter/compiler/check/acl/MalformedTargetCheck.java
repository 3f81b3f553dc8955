package dev.charter.compiler.check.acl;

import dev.charter.compiler.check.Check;
import dev.charter.compiler.check.CheckInfo;
import dev.charter.compiler.diagnostic.Code;
import dev.charter.compiler.diagnostic.Diagnostics;
import dev.charter.compiler.model.Declaration;
import dev.charter.compiler.model.Network;
import dev.charter.compiler.model.acl.AclRule;
import dev.charter.compiler.model.acl.AclTarget;
import java.util.List;
import java.util.Optional;

@CheckInfo(summary = "Rule targets that are not ANY, **, ns.*, ns.**, ns.Type or ns.Type#id, or that use a form where it does not apply.",
        reports = Code.ACL_INVALID_TARGET)
public final class MalformedTargetCheck implements Check {

    @Override
    public void check(Network network, Diagnostics diagnostics) {
        network.acl().ifPresent(acl -> {
            for (AclRule rule : acl.rules()) {
                for (Clause clause : Clause.of(rule)) {
                    AclTarget target = clause.binding().target();
                    problem(network, clause.keyword(), target).ifPresent(problem -> diagnostics.report(
                            Code.ACL_INVALID_TARGET, target.location(), rule.name(), clause.keyword(), target.text(), problem));
                }
            }
        });
    }

    private static Optional<String> problem(Network network, String clause, AclTarget target) {
        if (target instanceof AclTarget.Malformed malformed) {
            return Optional.of(explain(network, malformed));
        }
        if (target instanceof AclTarget.Any && !clause.equals(Clause.PARTICIPANT)) {
            return Optional.of("ANY applies to participants only; write \"**\" for every " + clause);
        }
        if (target instanceof AclTarget.Type type && type.instanceId().isPresent() && clause.equals(Clause.TRANSACTION)) {
            return Optional.of("a transaction clause names a transaction type or namespace, not one instance; write \""
                    + type.qualifiedName() + "\"");
        }
        return Optional.empty();
    }

    private static String explain(Network network, AclTarget.Malformed target) {
        return switch (target.problem()) {
            case EMPTY -> "write a type such as \"org.example.Car\", a namespace such as \"org.example.*\", or \"**\"";
            case EMPTY_NAME -> "a name between dots is missing in " + target.detail();
            case INVALID_NAME -> "'" + target.detail() + "' is not a name";
            case MISSING_NAMESPACE -> "a type is named with its namespace" + fullName(network, target.detail());
            case MISPLACED_WILDCARD -> "a wildcard can only end a namespace: \"ns.*\" for its types, \"ns.**\" to include"
                    + " the namespaces inside it, or \"**\" for everything";
            case INSTANCE_OF_NAMESPACE -> "#id names one instance of a type, and " + target.detail() + " is a namespace";
            case INSTANCE_WITHOUT_TYPE -> "#id follows the instance's type, as in \"org.example.Car#ABC123\"";
            case EMPTY_INSTANCE -> "the identifier after # is missing";
        };
    }

    private static String fullName(Network network, String simpleName) {
        List<String> matches = network.types().values().stream().filter(d -> d.name().equals(simpleName))
                .map(Declaration::qualifiedName).toList();
        return matches.size() == 1 ? ": write \"" + matches.get(0) + "\"" : ", as in \"org.example." + simpleName + "\"";
    }
}
