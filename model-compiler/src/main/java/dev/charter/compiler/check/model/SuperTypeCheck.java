package dev.charter.compiler.check.model;

import dev.charter.compiler.check.Check;
import dev.charter.compiler.check.CheckInfo;
import dev.charter.compiler.check.Suggestions;
import dev.charter.compiler.diagnostic.Code;
import dev.charter.compiler.diagnostic.Diagnostics;
import dev.charter.compiler.model.Declaration;
import dev.charter.compiler.model.Declaration.ClassDeclaration;
import dev.charter.compiler.model.ModelFile;
import dev.charter.compiler.model.Network;
import dev.charter.compiler.model.TypeRef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Composer's super type rules: the type named by {@code extends} must exist ("Could not find
 * super type"), be of the same kind ("Asset (A) cannot extend Participant (P)"), and the chain
 * must end. Each cycle is reported once, on the member of the cycle declared first.
 */
@CheckInfo(summary = "Super types that are undeclared, of another kind, or that lead back to the type itself.",
        reports = {Code.UNKNOWN_SUPER_TYPE, Code.SUPER_TYPE_OF_OTHER_KIND, Code.CIRCULAR_INHERITANCE})
public final class SuperTypeCheck implements Check {

    @Override
    public void check(Network network, Diagnostics diagnostics) {
        Set<String> inReportedCycle = new HashSet<>();
        for (ModelFile file : network.userModelFiles()) {
            FileImports imports = FileImports.of(network, file);
            for (Declaration declaration : file.declarations()) {
                if (declaration instanceof ClassDeclaration type && type.superType().isPresent()) {
                    TypeRef superType = type.superType().get();
                    if (superType instanceof TypeRef.UnresolvedRef ref) {
                        unknown(network, file, imports, type, ref, diagnostics);
                    } else if (superType instanceof TypeRef.DeclaredRef ref) {
                        otherKind(network, type, ref, diagnostics);
                        cycle(network, type, ref, inReportedCycle, diagnostics);
                    }
                }
            }
        }
    }

    private static void unknown(Network network, ModelFile file, FileImports imports, ClassDeclaration type,
            TypeRef.UnresolvedRef ref, Diagnostics diagnostics) {
        // Empty text is a syntax error, reported by the parser; an ambiguous or broken import by the import checks.
        if (ref.written().isEmpty() || imports.explainsUnresolved(ref.written())) {
            return;
        }
        List<String> sameKind = UndeclaredTypeCheck.visibleTypes(network, file).stream()
                .filter(d -> d.kind() == type.kind()).map(Declaration::name).toList();
        diagnostics.report(Code.UNKNOWN_SUPER_TYPE, ref.location(), type.kind().title(), type.name(), ref.written(),
                Suggestions.didYouMean(ref.written(), sameKind));
    }

    private static void otherKind(Network network, ClassDeclaration type, TypeRef.DeclaredRef ref,
            Diagnostics diagnostics) {
        Optional<Declaration> target = network.type(ref.qualifiedName());
        if (target.isPresent() && target.get().kind() != type.kind()) {
            diagnostics.report(Code.SUPER_TYPE_OF_OTHER_KIND, ref.location(), type.kind().title(), type.name(),
                    target.get().kind().keyword(), target.get().name());
        }
    }

    private static void cycle(Network network, ClassDeclaration type, TypeRef.DeclaredRef ref,
            Set<String> inReportedCycle, Diagnostics diagnostics) {
        if (inReportedCycle.contains(type.qualifiedName())) {
            return;
        }
        List<ClassDeclaration> path = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        path.add(type);
        seen.add(type.qualifiedName());
        Optional<ClassDeclaration> next = network.superType(type);
        while (next.isPresent() && seen.add(next.get().qualifiedName())) {
            path.add(next.get());
            next = network.superType(next.get());
        }
        if (next.isEmpty() || !next.get().qualifiedName().equals(type.qualifiedName())) {
            return;
        }
        path.forEach(member -> inReportedCycle.add(member.qualifiedName()));
        StringBuilder chain = new StringBuilder(type.name());
        for (ClassDeclaration member : path.subList(1, path.size())) {
            chain.append(" extends ").append(member.name());
        }
        chain.append(" extends ").append(type.name());
        diagnostics.report(Code.CIRCULAR_INHERITANCE, ref.location(), type.kind().title(), type.name(), chain);
    }
}
