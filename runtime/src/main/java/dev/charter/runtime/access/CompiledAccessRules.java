package dev.charter.runtime.access;

import dev.charter.runtime.context.TransactionContext;
import dev.charter.runtime.model.ModelInfo;
import dev.charter.runtime.model.TypeInfo;
import dev.charter.runtime.resource.NetworkAdmin;
import dev.charter.runtime.resource.Participant;
import dev.charter.runtime.resource.Resource;
import dev.charter.runtime.resource.Transaction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A network's {@code permissions.acl} as an {@link AccessController}, with Composer's semantics: of the
 * rules that match the operation, the resource, the participant and the transaction, taken in file order,
 * the first whose condition holds decides — ALLOW grants, DENY refuses; when none does, the operation is
 * refused. System resources (historian records, identities, the network admin) are matched like any
 * other, and the network administrator is the participant {@code org.hyperledger.composer.system.NetworkAdmin#admin}.
 *
 * <p>The rules are indexed once, when the network is loaded: for every type of the model and every
 * operation, the rules whose resource clause can match it, in file order; and for every rule, the
 * participant and transaction types it matches. A check then only looks at its candidates. Immutable
 * and thread-safe.
 */
public final class CompiledAccessRules implements AccessController {

    /** Who the network administrator is to the rules (Composer's default admin participant). */
    private static final NetworkAdmin NETWORK_ADMIN = new NetworkAdmin("admin");

    private static final Indexed[] NONE = new Indexed[0];

    /** A rule with its targets resolved against the model. */
    private record Indexed(AccessRule rule, AccessTarget resource, AccessTarget participant, Set<String> participantTypes,
            Set<String> transactionTypes) {

        boolean matches(Participant participant, Transaction transaction) {
            if (participantTypes != null && !participantTypes.contains(participant.$class())) {
                return false;
            }
            if (!this.participant.matchesInstance(participant.$identifier())) {
                return false;
            }
            return transactionTypes == null || transaction != null && transactionTypes.contains(transaction.$class());
        }
    }

    private final List<AccessRule> rules;
    private final Map<String, Map<AccessOperation, Indexed[]>> byType = new HashMap<>();

    /**
     * @param rules the network's rules in file order
     * @param model the network's model, whose types the rules are indexed by
     */
    public CompiledAccessRules(List<AccessRule> rules, ModelInfo model) {
        this.rules = List.copyOf(rules);
        List<Indexed> indexed = new ArrayList<>(rules.size());
        for (AccessRule rule : this.rules) {
            AccessTarget participant = AccessTarget.parse(rule.participant());
            AccessTarget resource = AccessTarget.parse(rule.resource());
            AccessTarget transaction = rule.transaction() == null ? null : AccessTarget.parse(rule.transaction());
            indexed.add(new Indexed(rule, resource, participant,
                    participant.kind() == AccessTarget.Kind.EVERYTHING ? null : types(model, participant),
                    transaction == null ? null : types(model, transaction)));
        }
        for (TypeInfo type : model.types().values()) {
            if (type.isAbstract() || !type.isIdentified()) {
                continue; // no instance is ever checked
            }
            Map<AccessOperation, Indexed[]> byOperation = new EnumMap<>(AccessOperation.class);
            for (AccessOperation operation : AccessOperation.values()) {
                List<Indexed> candidates = new ArrayList<>();
                for (Indexed rule : indexed) {
                    if (rule.rule().operations().contains(operation) && rule.resource().matchesType(model, type.qualifiedName())) {
                        candidates.add(rule);
                    }
                }
                byOperation.put(operation, candidates.toArray(NONE));
            }
            byType.put(type.qualifiedName(), byOperation);
        }
    }

    /** The rules, in file order. */
    public List<AccessRule> rules() {
        return rules;
    }

    /** The rules a check of this operation on an instance of this type looks at, in file order. */
    public List<AccessRule> candidates(AccessOperation operation, String type) {
        return Arrays.stream(candidates(type, operation)).map(Indexed::rule).toList();
    }

    @Override
    public boolean allows(AccessOperation operation, AccessSubject subject, Resource resource) {
        Indexed[] candidates = candidates(resource.$class(), operation);
        if (candidates.length == 0) {
            return false;
        }
        Participant participant = null;
        Transaction transaction = subject.transaction();
        TransactionContext context = null;
        for (Indexed candidate : candidates) {
            if (!candidate.resource().matchesInstance(resource.$identifier())) {
                continue;
            }
            if (participant == null) {
                Participant asking = subject.participant();
                participant = asking == null ? NETWORK_ADMIN : asking;
            }
            if (!candidate.matches(participant, transaction)) {
                continue;
            }
            AccessCondition condition = candidate.rule().condition();
            if (condition != null) {
                if (context == null && subject instanceof TransactionContext running) {
                    context = running.forAccessRules();
                }
                if (!condition.test(context, participant, resource, transaction)) {
                    continue;
                }
            }
            return candidate.rule().allow();
        }
        return false;
    }

    private Indexed[] candidates(String type, AccessOperation operation) {
        Map<AccessOperation, Indexed[]> byOperation = byType.get(type);
        return byOperation == null ? NONE : byOperation.get(operation);
    }

    /** The concrete types of the model a participant or transaction clause matches. */
    private static Set<String> types(ModelInfo model, AccessTarget target) {
        Set<String> matched = new HashSet<>();
        for (TypeInfo type : model.types().values()) {
            if (target.matchesType(model, type.qualifiedName())) {
                matched.add(type.qualifiedName());
            }
        }
        return Set.copyOf(matched);
    }

    @Override
    public String toString() {
        return rules.size() + " access rules";
    }
}
