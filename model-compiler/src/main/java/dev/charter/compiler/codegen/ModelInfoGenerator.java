package dev.charter.compiler.codegen;

import dev.charter.compiler.model.Declaration;
import dev.charter.compiler.model.Declaration.ClassDeclaration;
import dev.charter.compiler.model.Declaration.EnumDeclaration;
import dev.charter.compiler.model.Declaration.EnumValue;
import dev.charter.compiler.model.Literal;
import dev.charter.compiler.model.Network;
import dev.charter.compiler.model.Property;
import dev.charter.compiler.model.TypeRef;
import dev.charter.runtime.model.FieldInfo;
import dev.charter.runtime.model.ModelInfo;
import dev.charter.runtime.model.TypeInfo;
import java.util.ArrayList;
import java.util.List;

/** The network's types as the runtime reads them ({@code META-INF/charter/model.json}). */
public final class ModelInfoGenerator {

    private ModelInfoGenerator() {
    }

    public static ModelInfo of(Network network) {
        List<TypeInfo> types = new ArrayList<>();
        for (Declaration declaration : network.userDeclarations()) {
            String javaClass = JavaNames.className(declaration.qualifiedName()).canonicalName();
            if (declaration instanceof EnumDeclaration e) {
                types.add(new TypeInfo(e.qualifiedName(), TypeInfo.Kind.ENUM, false, null, null, List.of(),
                        e.values().stream().map(EnumValue::name).toList(), javaClass));
                continue;
            }
            ClassDeclaration c = (ClassDeclaration) declaration;
            List<FieldInfo> fields = new ArrayList<>();
            for (Property property : c.properties()) {
                fields.add(field(property));
            }
            types.add(new TypeInfo(c.qualifiedName(), TypeInfo.Kind.valueOf(c.kind().name()), c.isAbstract(),
                    network.superType(c).map(Declaration::qualifiedName).orElse(null),
                    c.identifiedBy().map(Declaration.Identifier::field).orElse(null), fields, List.of(), javaClass));
        }
        return ModelInfo.of(types);
    }

    private static FieldInfo field(Property property) {
        String type = property.type() instanceof TypeRef.PrimitiveRef p ? p.primitive().modelName()
                : ((TypeRef.DeclaredRef) property.type()).qualifiedName();
        if (property instanceof Property.Relationship) {
            return new FieldInfo(property.name(), type, property.array(), property.optional(), true, null, null, null);
        }
        Property.Field field = (Property.Field) property;
        return new FieldInfo(field.name(), type, field.array(), field.optional(), false,
                field.defaultValue().map(Literal::text).orElse(null),
                field.regex().map(r -> new FieldInfo.Regex(r.pattern(), r.flags())).orElse(null),
                field.range().map(r -> new FieldInfo.Range(r.lower().orElse(null), r.upper().orElse(null))).orElse(null));
    }
}
