package dev.charter.dsl.naming;

import dev.charter.dsl.charter.Declaration;
import dev.charter.dsl.charter.NamespaceFile;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.DefaultDeclarativeQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;

/**
 * Gives qualified names ({@code ns.Type}) to namespaces and type declarations only: they are the
 * one thing other files refer to. Fields, enum values, rules and variables are found by the model
 * compiler, so leaving them out keeps each file's exported index small — linking computes it for
 * every file of every check.
 */
public class CharterQualifiedNameProvider extends DefaultDeclarativeQualifiedNameProvider {

    @Override
    public QualifiedName getFullyQualifiedName(EObject element) {
        return element instanceof Declaration || element instanceof NamespaceFile ? super.getFullyQualifiedName(element)
                : null;
    }
}
