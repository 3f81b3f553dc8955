package dev.charter.compiler.load;

import dev.charter.compiler.model.Descriptor;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;

/**
 * A network directory after parsing and linking: one Xtext resource per file, all in one
 * resource set together with the system model.
 */
public record ParsedNetwork(Path root, Descriptor descriptor, XtextResourceSet resourceSet, List<ParsedFile> files,
        ParsedFile systemModel) {

    public ParsedNetwork {
        files = List.copyOf(files);
    }

    /** A file and its resource. */
    public record ParsedFile(SourceFile source, XtextResource resource) {
    }
}
