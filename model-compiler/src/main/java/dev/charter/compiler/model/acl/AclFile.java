package dev.charter.compiler.model.acl;

import java.util.List;

/** A network's {@code permissions.acl}: its rules in file order, the order in which they are tried. */
public record AclFile(String path, List<AclRule> rules) {

    public AclFile {
        rules = List.copyOf(rules);
    }
}
