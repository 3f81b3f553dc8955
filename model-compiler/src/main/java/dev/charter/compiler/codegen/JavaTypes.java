package dev.charter.compiler.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.charter.compiler.logic.LType;
import dev.charter.compiler.model.Declaration.ClassDeclaration;
import java.util.List;

/** The Java type that holds a value of a logic type: boxed primitives, generated classes, relationships, lists. */
final class JavaTypes {

    private JavaTypes() {
    }

    /**
     * @param reference the value is still a relationship (or a list of them), not a resolved object
     */
    static TypeName of(LType type, boolean reference) {
        if (type instanceof LType.Prim p) {
            return ModelTypeGenerator.primitive(p.primitive());
        }
        if (type instanceof LType.ListType list) {
            return ParameterizedTypeName.get(ClassName.get(List.class), of(list.element(), reference));
        }
        if (type instanceof LType.ClassType c) {
            TypeName resource = classOf(c.declaration());
            return reference ? ParameterizedTypeName.get(JavaNames.RELATIONSHIP, resource) : resource;
        }
        if (type instanceof LType.EnumType e) {
            return JavaNames.className(e.declaration().qualifiedName());
        }
        return ClassName.OBJECT;
    }

    /** The generated class of a declaration; system types are the runtime's base classes. */
    static ClassName classOf(ClassDeclaration declaration) {
        if (!declaration.system()) {
            return JavaNames.className(declaration.qualifiedName());
        }
        return switch (declaration.name()) {
            case "NetworkAdmin", "HistorianRecord", "Identity" ->
                    ClassName.get(JavaNames.RUNTIME + ".resource", declaration.name());
            default -> ModelTypeGenerator.baseClass(declaration.kind());
        };
    }
}
