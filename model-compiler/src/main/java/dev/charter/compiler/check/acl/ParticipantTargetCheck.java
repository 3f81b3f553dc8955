package dev.charter.compiler.check.acl;

import dev.charter.compiler.check.Check;
import dev.charter.compiler.check.CheckInfo;
import dev.charter.compiler.diagnostic.Code;
import dev.charter.compiler.diagnostic.Diagnostics;
import dev.charter.compiler.model.DeclarationKind;
import dev.charter.compiler.model.Network;
import dev.charter.compiler.model.acl.AclRule;
import dev.charter.compiler.model.acl.AclTarget;

@CheckInfo(summary = "A rule's participant clause that names a type which is not a participant.",
        reports = Code.ACL_PARTICIPANT_NOT_PARTICIPANT)
public final class ParticipantTargetCheck implements Check {

    @Override
    public void check(Network network, Diagnostics diagnostics) {
        network.acl().ifPresent(acl -> {
            for (AclRule rule : acl.rules()) {
                if (rule.participant().target() instanceof AclTarget.Type type) {
                    network.type(type.qualifiedName())
                            .filter(d -> d.kind() != DeclarationKind.PARTICIPANT)
                            .ifPresent(d -> diagnostics.report(Code.ACL_PARTICIPANT_NOT_PARTICIPANT, type.location(),
                                    rule.name(), "\"" + type.text() + "\"", d.kind().keyword(), d.name()));
                }
            }
        });
    }
}
