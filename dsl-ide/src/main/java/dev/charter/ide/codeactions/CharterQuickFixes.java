package dev.charter.ide.codeactions;

import com.google.inject.Inject;
import dev.charter.dsl.charter.CharterPackage;
import dev.charter.dsl.charter.Declaration;
import dev.charter.dsl.charter.NamespaceFile;
import dev.charter.ide.contentassist.CharterProposalProvider;
import dev.charter.ide.model.CharterTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.ReplaceRegion;

/**
 * Quick fixes for charter check's diagnostics: take the suggestion of a "Did you mean …?",
 * import a type that another namespace declares, add the field a type is identified by.
 */
public class CharterQuickFixes implements ICodeActionService2 {

    private static final Pattern DID_YOU_MEAN = Pattern.compile("Did you mean '([^']+)'\\?");
    /** Codes of an unknown type name: undeclared field type, unknown super type, unknown type in logic. */
    private static final List<String> UNKNOWN_TYPE = List.of("CTR100", "CTR106", "CTR401");
    private static final String IDENTIFIER_FIELD_MISSING = "CTR109";

    @Inject
    private CharterTypes types;

    @Override
    public List<Either<Command, CodeAction>> getCodeActions(Options options) {
        return options.getLanguageServerAccess().doSyncRead(options.getURI(),
                context -> actions(options, context.getDocument(), (XtextResource) context.getResource()));
    }

    private List<Either<Command, CodeAction>> actions(Options options, Document document, XtextResource resource) {
        List<Either<Command, CodeAction>> actions = new ArrayList<>();
        for (Diagnostic diagnostic : options.getCodeActionParams().getContext().getDiagnostics()) {
            String code = diagnostic.getCode() == null ? "" : diagnostic.getCode().get().toString();
            String message = diagnostic.getMessage() == null ? "" : diagnostic.getMessage().getLeft();
            Matcher suggestion = DID_YOU_MEAN.matcher(message);
            if (suggestion.find()) {
                actions.add(action("Change to '" + suggestion.group(1) + "'", diagnostic, options.getURI(),
                        List.of(new TextEdit(diagnostic.getRange(), suggestion.group(1)))));
            }
            if (UNKNOWN_TYPE.contains(code)) {
                addImports(document, resource, diagnostic, options.getURI(), actions);
            }
            if (IDENTIFIER_FIELD_MISSING.equals(code)) {
                addIdentifierField(document, resource, diagnostic, options.getURI(), actions);
            }
        }
        return actions;
    }

    private void addImports(Document document, XtextResource resource, Diagnostic diagnostic, String uri,
            List<Either<Command, CodeAction>> actions) {
        EObject root = resource.getContents().isEmpty() ? null : resource.getContents().get(0);
        if (!(root instanceof NamespaceFile file)) {
            return;
        }
        String written = document.getSubstring(diagnostic.getRange());
        if (written.isEmpty() || written.contains(".")) {
            return;
        }
        for (IEObjectDescription candidate : types.typeScope(file).getAllElements()) {
            if (candidate.getName().getSegmentCount() > 1 && candidate.getName().getLastSegment().equals(written)
                    && !candidate.getName().skipLast(1).toString().equals(file.getName())) {
                ReplaceRegion edit = CharterProposalProvider.importEdit(file, candidate.getName().toString());
                actions.add(action("Import " + candidate.getName(), diagnostic, uri, List.of(toTextEdit(document, edit))));
            }
        }
    }

    private void addIdentifierField(Document document, XtextResource resource, Diagnostic diagnostic, String uri,
            List<Either<Command, CodeAction>> actions) {
        int offset = document.getOffSet(diagnostic.getRange().getStart());
        INode leaf = NodeModelUtils.findLeafNodeAtOffset(resource.getParseResult().getRootNode(), offset);
        Declaration declaration = leaf == null ? null
                : EcoreUtil2.getContainerOfType(NodeModelUtils.findActualSemanticObjectFor(leaf), Declaration.class);
        if (declaration == null || declaration.getIdentifiedBy() == null) {
            return;
        }
        List<INode> open = NodeModelUtils.findNodesForFeature(declaration, CharterPackage.Literals.DECLARATION__MEMBERS);
        int insertAt = braceEnd(declaration);
        if (insertAt < 0) {
            return;
        }
        String indent = open.isEmpty() ? "  " : indentation(document, open.get(0).getOffset());
        String field = "\n" + indent + "o String " + declaration.getIdentifiedBy();
        actions.add(action("Add field 'o String " + declaration.getIdentifiedBy() + "'", diagnostic, uri,
                List.of(toTextEdit(document, new ReplaceRegion(insertAt, 0, field)))));
    }

    /** The offset just after the declaration's '{'. */
    private static int braceEnd(Declaration declaration) {
        for (ILeafNode node : NodeModelUtils.findActualNodeFor(declaration).getLeafNodes()) {
            if (!node.isHidden() && node.getText().equals("{")) {
                return node.getEndOffset();
            }
        }
        return -1;
    }

    private static String indentation(Document document, int offset) {
        String text = document.getContents();
        int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
        return text.substring(lineStart, offset).isBlank() ? text.substring(lineStart, offset) : "  ";
    }

    private static TextEdit toTextEdit(Document document, ReplaceRegion region) {
        return new TextEdit(new Range(document.getPosition(region.getOffset()), document.getPosition(region.getEndOffset())),
                region.getText());
    }

    private static Either<Command, CodeAction> action(String title, Diagnostic diagnostic, String uri, List<TextEdit> edits) {
        CodeAction action = new CodeAction(title);
        action.setKind(CodeActionKind.QuickFix);
        action.setDiagnostics(List.of(diagnostic));
        action.setEdit(new WorkspaceEdit(Map.of(uri, edits)));
        return Either.forRight(action);
    }
}
