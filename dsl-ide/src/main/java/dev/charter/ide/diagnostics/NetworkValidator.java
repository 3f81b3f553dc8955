package dev.charter.ide.diagnostics;

import com.google.inject.Inject;
import dev.charter.compiler.diagnostic.SourceLocation;
import dev.charter.compiler.load.SourceFile;
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
        SourceFile lines = checked.lines(file.get());
        List<Issue> issues = new ArrayList<>();
        for (dev.charter.compiler.diagnostic.Diagnostic diagnostic : checked.of(file.get())) {
            issues.add(issue(resource.getURI(), diagnostic, lines));
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

    private static Issue issue(URI uri, dev.charter.compiler.diagnostic.Diagnostic diagnostic, SourceFile lines) {
        SourceLocation at = diagnostic.location();
        SourceLocation end = lines.location(at.offset() + at.length(), 0);
        Issue.IssueImpl issue = new Issue.IssueImpl();
        issue.setUriToProblem(uri);
        issue.setType(CheckType.FAST);
        issue.setSeverity(diagnostic.isError() ? Severity.ERROR : Severity.WARNING);
        issue.setCode(diagnostic.code().id());
        issue.setMessage(diagnostic.message());
        issue.setOffset(at.offset());
        issue.setLength(at.length());
        issue.setLineNumber(at.line());
        issue.setColumn(at.column());
        issue.setLineNumberEnd(end.line());
        issue.setColumnEnd(end.column());
        return issue;
    }
}
