package dev.charter.compiler.check.model;

import dev.charter.compiler.check.Check;
import dev.charter.compiler.check.CheckInfo;
import dev.charter.compiler.check.Suggestions;
import dev.charter.compiler.diagnostic.Code;
import dev.charter.compiler.diagnostic.Diagnostics;
import dev.charter.compiler.model.Declaration;
import dev.charter.compiler.model.Declaration.ClassDeclaration;
import dev.charter.compiler.model.Declaration.Identifier;
import dev.charter.compiler.model.DeclarationKind;
import dev.charter.compiler.model.Network;
import dev.charter.compiler.model.Primitive;
import dev.charter.compiler.model.Property;
import dev.charter.compiler.model.TypeRef;
import java.util.List;
import java.util.Optional;

/**
 * Composer's identifier rules: the field named by {@code identified by} exists (own or inherited),
 * is a String and is not optional; a super type's identifier is not declared again; transactions
 * and events take theirs from the system model and concepts have none; and a concrete asset or
 * participant has one.
 */
@CheckInfo(summary = "Identifying fields that are missing, not a String, optional, re-declared or not allowed, and concrete assets or participants without one.",
        reports = {Code.IDENTIFIER_FIELD_MISSING, Code.IDENTIFIER_NOT_STRING, Code.IDENTIFIER_OPTIONAL,
                Code.IDENTIFIER_REDECLARED, Code.MISSING_IDENTIFIER, Code.IDENTIFIER_NOT_ALLOWED})
public final class IdentifierCheck implements Check {

    @Override
    public void check(Network network, Diagnostics diagnostics) {
        for (Declaration declaration : network.userDeclarations()) {
            if (!(declaration instanceof ClassDeclaration type)) {
                continue;
            }
            if (type.identifiedBy().isPresent()) {
                checkDeclared(network, type, type.identifiedBy().get(), diagnostics);
            } else if ((type.kind() == DeclarationKind.ASSET || type.kind() == DeclarationKind.PARTICIPANT)
                    && !type.isAbstract() && network.identifyingDeclaration(type).isEmpty()
                    && Inheritance.isComplete(network, type)) {
                diagnostics.report(Code.MISSING_IDENTIFIER, type.location(), type.kind().title(), type.name());
            }
        }
    }

    private static void checkDeclared(Network network, ClassDeclaration type, Identifier identifier,
            Diagnostics diagnostics) {
        Optional<String> notAllowed = whyNotAllowed(type.kind());
        if (notAllowed.isPresent()) {
            diagnostics.report(Code.IDENTIFIER_NOT_ALLOWED, identifier.location(), type.kind().title(), type.name(),
                    notAllowed.get());
            return;
        }
        // Past a broken extends the inherited members are unknown; SuperTypeCheck reports the break.
        boolean complete = Inheritance.isComplete(network, type);
        Optional<ClassDeclaration> inheritedFrom = !complete ? Optional.empty()
                : network.ancestors(type).stream().filter(a -> a.identifiedBy().isPresent()).findFirst();
        if (inheritedFrom.isPresent()) {
            diagnostics.report(Code.IDENTIFIER_REDECLARED, identifier.location(), type.kind().title(), type.name(),
                    identifier.field(), inheritedFrom.get().identifiedBy().get().field(), inheritedFrom.get().name());
            return;
        }
        Optional<Property> field = complete ? network.property(type, identifier.field()) : type.property(identifier.field());
        if (field.isEmpty()) {
            if (complete) {
                List<String> candidates = network.allProperties(type).stream().filter(IdentifierCheck::isString)
                        .map(Property::name).toList();
                diagnostics.report(Code.IDENTIFIER_FIELD_MISSING, identifier.location(), type.kind().title(),
                        type.name(), identifier.field(), Suggestions.didYouMean(identifier.field(), candidates));
            }
            return;
        }
        Property property = field.get();
        if (!isString(property) && !(property.type() instanceof TypeRef.UnresolvedRef)) {
            diagnostics.report(Code.IDENTIFIER_NOT_STRING, identifier.location(), type.kind().title(), type.name(),
                    identifier.field(), describe(property));
        }
        if (property.optional()) {
            diagnostics.report(Code.IDENTIFIER_OPTIONAL, identifier.location(), type.kind().title(), type.name(),
                    identifier.field());
        }
    }

    private static Optional<String> whyNotAllowed(DeclarationKind kind) {
        return switch (kind) {
            case TRANSACTION -> Optional.of("every transaction is identified by transactionId, inherited from "
                    + Network.SYSTEM_NAMESPACE + ".Transaction; remove the clause");
            case EVENT -> Optional.of("every event is identified by eventId, inherited from "
                    + Network.SYSTEM_NAMESPACE + ".Event; remove the clause");
            case CONCEPT -> Optional.of("a concept is a value inside other types and has no identity; "
                    + "remove the clause, or declare an asset or participant");
            case ASSET, PARTICIPANT, ENUM -> Optional.empty();
        };
    }

    private static boolean isString(Property property) {
        return property instanceof Property.Field && !property.array()
                && property.type() instanceof TypeRef.PrimitiveRef ref && ref.primitive() == Primitive.STRING;
    }

    private static String describe(Property property) {
        String type = property.type().displayName() + (property.array() ? "[]" : "");
        return property instanceof Property.Relationship ? "a relationship to " + type : type;
    }
}
