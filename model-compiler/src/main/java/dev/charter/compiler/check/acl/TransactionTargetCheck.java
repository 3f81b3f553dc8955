package dev.charter.compiler.check.acl;

import dev.charter.compiler.check.Check;
import dev.charter.compiler.check.CheckInfo;
import dev.charter.compiler.diagnostic.Code;
import dev.charter.compiler.diagnostic.Diagnostics;
import dev.charter.compiler.model.DeclarationKind;
import dev.charter.compiler.model.Network;
import dev.charter.compiler.model.acl.AclRule;
import dev.charter.compiler.model.acl.AclTarget;

@CheckInfo(summary = "A rule's transaction clause that names a type which is not a transaction.",
        reports = Code.ACL_TRANSACTION_NOT_TRANSACTION)
public final class TransactionTargetCheck implements Check {

    @Override
    public void check(Network network, Diagnostics diagnostics) {
        network.acl().ifPresent(acl -> {
            for (AclRule rule : acl.rules()) {
                rule.transaction().ifPresent(transaction -> {
                    if (transaction.target() instanceof AclTarget.Type type) {
                        network.type(type.qualifiedName())
                                .filter(d -> d.kind() != DeclarationKind.TRANSACTION)
                                .ifPresent(d -> diagnostics.report(Code.ACL_TRANSACTION_NOT_TRANSACTION, type.location(),
                                        rule.name(), "\"" + type.text() + "\"", d.kind().keyword(), d.name()));
                    }
                });
            }
        });
    }
}
