package dev.charter.compiler.check.acl;

import dev.charter.compiler.model.acl.AclBinding;
import dev.charter.compiler.model.acl.AclRule;
import java.util.ArrayList;
import java.util.List;

/** A rule's participant, resource or transaction clause, named as the rule writes it, for messages. */
record Clause(String keyword, AclBinding binding) {

    static final String PARTICIPANT = "participant";
    static final String RESOURCE = "resource";
    static final String TRANSACTION = "transaction";

    /** The clauses of a rule in the order they are written. */
    static List<Clause> of(AclRule rule) {
        List<Clause> clauses = new ArrayList<>();
        clauses.add(new Clause(PARTICIPANT, rule.participant()));
        clauses.add(new Clause(RESOURCE, rule.resource()));
        rule.transaction().ifPresent(t -> clauses.add(new Clause(TRANSACTION, t)));
        return clauses;
    }

    /** The target as written in the rule, quotes included: {@code "org.example.Car"}. */
    String quotedTarget() {
        return "\"" + binding.target().text() + "\"";
    }
}
