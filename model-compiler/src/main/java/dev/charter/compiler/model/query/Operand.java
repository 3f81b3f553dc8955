package dev.charter.compiler.model.query;

import dev.charter.compiler.diagnostic.SourceLocation;
import java.util.List;

/** What a query names in a condition, in {@code LIMIT} or in {@code SKIP}: a field path or a value. */
public sealed interface Operand permits Operand.FieldPath, Value {

    SourceLocation location();

    /**
     * A field of the selected type, or through concept fields a field of a field:
     * {@code vehicleDetails.colour}. Inside {@code CONTAINS (…)} paths start at the array's element.
     */
    record FieldPath(List<String> segments, List<SourceLocation> segmentLocations, SourceLocation location)
            implements Operand {
        public FieldPath {
            segments = List.copyOf(segments);
            segmentLocations = List.copyOf(segmentLocations);
        }

        /** The path as written, e.g. {@code vehicleDetails.colour}. */
        public String text() {
            return String.join(".", segments);
        }
    }
}
