package dev.charter.ide.diagnostics;

import com.google.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.CheckType;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.eclipse.xtext.validation.ResourceValidatorImpl;

/**
 * Validates a file of a network the way {@code charter check} does: the whole network is checked
 * on the texts the editor holds, and the file gets the diagnostics that name it — same codes,
 * messages and ranges. A file outside any network gets Xtext's syntax and linking errors.
 */
public class NetworkValidator implements IResourceValidator {

    @Inject
    private NetworkAnalysis analysis;

    @Inject
    private ResourceValidatorImpl outsideNetworks;

    @Override
    public List<Issue> validate(Resource resource, CheckMode mode, CancelIndicator indicator) {
        Optional<Path> file = path(resource.getURI());
        Optional<Path> root = file.flatMap(NetworkRoots::of);
        if (root.isEmpty()) {
            return outsideNetworks.validate(resource, mode, indicator);
        }
        ResourceSet resourceSet = resource.getResourceSet();
        CheckedNetwork checked = analysis.check(root.get(), p -> read(resourceSet, p));
        List<Issue> issues = new ArrayList<>();
        for (Diagnostic diagnostic : checked.diagnostics(file.get())) {
            issues.add(issue(resource.getURI(), diagnostic, checked.texts().get(file.get())));
        }
        return issues;
    }

    /** The file path of a {@code file:} URI. */
    public static Optional<Path> path(URI uri) {
        if (uri == null || !uri.isFile()) {
            return Optional.empty();
        }
        return Optional.of(Path.of(uri.toFileString()).toAbsolutePath().normalize());
    }

    /** A file's text as the editor holds it: Xtext's resource set reads open documents from the client. */
    private static String read(ResourceSet resourceSet, Path file) {
        if (resourceSet == null) {
            return NetworkAnalysis.disk(file);
        }
        URI uri = URI.createURI(file.toUri().toString());
        try (InputStream in = resourceSet.getURIConverter().createInputStream(uri)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (IOException e) {
            return null;
        }
    }

    private static Issue issue(URI uri, Diagnostic diagnostic, String text) {
        Issue.IssueImpl issue = new Issue.IssueImpl();
        issue.setUriToProblem(uri);
        issue.setType(CheckType.FAST);
        issue.setSeverity(diagnostic.getSeverity() == DiagnosticSeverity.Error ? Severity.ERROR : Severity.WARNING);
        issue.setCode(diagnostic.getCode().getLeft());
        issue.setMessage(diagnostic.getMessage().getLeft());
        issue.setLineNumber(diagnostic.getRange().getStart().getLine() + 1);
        issue.setColumn(diagnostic.getRange().getStart().getCharacter() + 1);
        issue.setLineNumberEnd(diagnostic.getRange().getEnd().getLine() + 1);
        issue.setColumnEnd(diagnostic.getRange().getEnd().getCharacter() + 1);
        int offset = offset(text, diagnostic.getRange().getStart());
        issue.setOffset(offset);
        issue.setLength(Math.max(0, offset(text, diagnostic.getRange().getEnd()) - offset));
        return issue;
    }

    private static int offset(String text, org.eclipse.lsp4j.Position position) {
        int line = 0;
        int index = 0;
        while (line < position.getLine() && index < text.length()) {
            if (text.charAt(index++) == '\n') {
                line++;
            }
        }
        return Math.min(text.length(), index + position.getCharacter());
    }
}
