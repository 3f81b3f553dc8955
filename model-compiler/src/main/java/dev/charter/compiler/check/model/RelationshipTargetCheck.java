package dev.charter.compiler.check.model;

import dev.charter.compiler.check.Check;
import dev.charter.compiler.check.CheckInfo;
import dev.charter.compiler.diagnostic.Code;
import dev.charter.compiler.diagnostic.Diagnostics;
import dev.charter.compiler.model.Declaration;
import dev.charter.compiler.model.Declaration.ClassDeclaration;
import dev.charter.compiler.model.Network;
import dev.charter.compiler.model.Property;
import dev.charter.compiler.model.TypeRef;
import java.util.Optional;

/**
 * A relationship stores the identifier of a resource kept in a registry, so it cannot point to a
 * primitive, nor to a concept, enum or event, which have no identity of their own.
 */
@CheckInfo(summary = "Relationships to primitives, concepts, enums or events.",
        reports = {Code.RELATIONSHIP_TO_PRIMITIVE, Code.RELATIONSHIP_TO_NON_RESOURCE})
public final class RelationshipTargetCheck implements Check {

    @Override
    public void check(Network network, Diagnostics diagnostics) {
        for (Declaration declaration : network.userDeclarations()) {
            if (!(declaration instanceof ClassDeclaration type)) {
                continue;
            }
            for (Property property : type.properties()) {
                if (!(property instanceof Property.Relationship relationship)) {
                    continue;
                }
                String brackets = relationship.array() ? "[]" : "";
                if (relationship.type() instanceof TypeRef.PrimitiveRef ref) {
                    diagnostics.report(Code.RELATIONSHIP_TO_PRIMITIVE, ref.location(), relationship.name(), type.name(),
                            ref.displayName(), brackets);
                } else if (relationship.type() instanceof TypeRef.DeclaredRef ref) {
                    Optional<Declaration> target = network.type(ref.qualifiedName());
                    if (target.isPresent() && !target.get().kind().isResource()) {
                        diagnostics.report(Code.RELATIONSHIP_TO_NON_RESOURCE, ref.location(), relationship.name(),
                                type.name(), target.get().kind().keyword(), target.get().name(), brackets);
                    }
                }
            }
        }
    }
}
