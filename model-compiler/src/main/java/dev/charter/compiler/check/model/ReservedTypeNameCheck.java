package dev.charter.compiler.check.model;

import dev.charter.compiler.check.Check;
import dev.charter.compiler.check.CheckInfo;
import dev.charter.compiler.diagnostic.Code;
import dev.charter.compiler.diagnostic.Diagnostics;
import dev.charter.compiler.model.Declaration;
import dev.charter.compiler.model.Network;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Composer rejects user types named Asset, Participant, Transaction or Event ("… is a reserved
 * type name"), and every model imports all system types by simple name ahead of its own, so a
 * user type named like any other system type (Identity, Network, Registry, …) could never be
 * referred to in Composer. Charter reserves them all rather than resolve such names differently.
 */
@CheckInfo(summary = "User types named like a type of the system model.", reports = Code.RESERVED_TYPE_NAME)
public final class ReservedTypeNameCheck implements Check {

    @Override
    public void check(Network network, Diagnostics diagnostics) {
        Set<String> reserved = network.typesIn(Network.SYSTEM_NAMESPACE).stream().filter(Declaration::system)
                .map(Declaration::name).collect(Collectors.toSet());
        for (Declaration declaration : network.userDeclarations()) {
            // A user file in the system namespace is reported once, by NamespaceCheck.
            if (!declaration.namespace().equals(Network.SYSTEM_NAMESPACE) && reserved.contains(declaration.name())) {
                diagnostics.report(Code.RESERVED_TYPE_NAME, declaration.location(), declaration.name(),
                        Network.SYSTEM_NAMESPACE);
            }
        }
    }
}
