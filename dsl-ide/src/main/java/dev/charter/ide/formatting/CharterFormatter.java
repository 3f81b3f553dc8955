package dev.charter.ide.formatting;

import dev.charter.dsl.charter.AclRule;
import dev.charter.dsl.charter.Block;
import dev.charter.dsl.charter.Declaration;
import dev.charter.dsl.charter.FunctionDeclaration;
import dev.charter.dsl.charter.Handler;
import dev.charter.dsl.charter.Member;
import dev.charter.dsl.charter.NamespaceFile;
import dev.charter.dsl.charter.Query;
import dev.charter.dsl.charter.RulesFile;
import dev.charter.dsl.charter.Statement;
import java.util.List;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.formatting2.AbstractFormatter2;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.eclipse.xtext.resource.XtextResource;

/**
 * Lays out Charter files the way Composer's samples are written: one declaration, member,
 * statement or rule clause per line, bodies indented, at most one blank line kept between
 * members and exactly one between top-level declarations. Spacing inside a line is left alone.
 */
public class CharterFormatter extends AbstractFormatter2 {

    private static final List<String> RULE_CLAUSES = List.of("description", "participant", "operation", "resource",
            "transaction", "condition", "action", "statement");

    @Override
    public void format(Object object, IFormattableDocument document) {
        if (object instanceof XtextResource resource) {
            _format(resource, document);
            return;
        }
        if (!(object instanceof EObject element)) {
            return;
        }
        if (element instanceof NamespaceFile file) {
            formatFile(file, document);
        } else if (element instanceof RulesFile rules) {
            List<EObject> children = rules.eContents();
            for (int i = 0; i < children.size(); i++) {
                int lines = i == 0 ? 0 : 2;
                document.prepend(children.get(i), f -> f.setNewLines(lines));
            }
            document.append(rules, f -> f.setNewLines(1));
        } else if (element instanceof Declaration || element instanceof Block) {
            body(element, document);
            for (EObject child : element.eContents()) {
                if (child instanceof Member || child instanceof Statement) {
                    document.prepend(child, f -> f.setNewLines(1, 1, 2));
                }
            }
        } else if (element instanceof AclRule || element instanceof Query) {
            body(element, document);
            for (ISemanticRegion clause : textRegionExtensions.regionFor(element).keywords(RULE_CLAUSES.toArray(String[]::new))) {
                if (isClauseStart(element, clause)) {
                    document.prepend(clause, f -> f.setNewLines(1, 1, 2));
                }
            }
        }
        for (EObject child : element.eContents()) {
            document.format(child);
        }
    }

    private void formatFile(NamespaceFile file, IFormattableDocument document) {
        document.prepend(textRegionExtensions.regionFor(file).keyword("namespace"), f -> f.setNewLines(0, 0, 0));
        for (int i = 0; i < file.getImports().size(); i++) {
            int lines = i == 0 ? 2 : 1;
            document.prepend(file.getImports().get(i), f -> f.setNewLines(lines, lines, 2));
        }
        for (EObject child : file.eContents()) {
            if (child instanceof Declaration || child instanceof Handler || child instanceof FunctionDeclaration) {
                document.prepend(child, f -> f.setNewLines(2));
            }
        }
        document.append(file, f -> f.setNewLines(1));
    }

    /** Braces on their lines: the opening one after one space, the body indented, the closing one alone. */
    private void body(EObject element, IFormattableDocument document) {
        ISemanticRegion open = textRegionExtensions.regionFor(element).keyword("{");
        ISemanticRegion close = textRegionExtensions.regionFor(element).keyword("}");
        if (open == null || close == null) {
            return;
        }
        document.prepend(open, f -> f.oneSpace());
        document.interior(open, close, f -> f.indent());
        if (open.getNextSemanticRegion() == close) {
            document.append(open, f -> f.noSpace());
        } else {
            document.append(open, f -> f.setNewLines(1, 1, 2));
            document.prepend(close, f -> f.setNewLines(1));
        }
    }

    /** A clause keyword of a rule or query, not the same word used as a name inside a condition. */
    private static boolean isClauseStart(EObject element, ISemanticRegion keyword) {
        ISemanticRegion next = keyword.getNextSemanticRegion();
        return next != null && (next.getText().equals(":") || next.getText().equals("("))
                && keyword.getSemanticElement() == element;
    }
}
