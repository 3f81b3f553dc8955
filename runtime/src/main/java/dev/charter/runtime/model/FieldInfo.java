package dev.charter.runtime.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * One field or relationship of a model type, as the runtime sees it.
 *
 * @param name the field's name in the model (and on the wire)
 * @param type a primitive name ({@code String}, {@code Boolean}, {@code DateTime}, {@code Integer},
 *     {@code Long}, {@code Double}) or the qualified name of a declared type
 * @param array declared with {@code []}
 * @param optional declared {@code optional}
 * @param relationship declared with {@code -->}
 * @param defaultValue the {@code default=} value as written (strings unquoted), or null
 * @param regex the {@code regex=} of a String field, or null
 * @param range the {@code range=} of a numeric field, or null
 */
@JsonInclude(JsonInclude.Include.NON_DEFAULT)
public record FieldInfo(
        @JsonProperty("name") String name,
        @JsonProperty("type") String type,
        @JsonProperty("array") boolean array,
        @JsonProperty("optional") boolean optional,
        @JsonProperty("relationship") boolean relationship,
        @JsonProperty("defaultValue") String defaultValue,
        @JsonProperty("regex") Regex regex,
        @JsonProperty("range") Range range) {

    public FieldInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }

    /** A required, single-valued field of the given type. */
    public static FieldInfo of(String name, String type) {
        return new FieldInfo(name, type, false, false, false, null, null, null);
    }

    /** A required, single-valued relationship to the given type. */
    public static FieldInfo relationshipTo(String name, String type) {
        return new FieldInfo(name, type, false, false, true, null, null, null);
    }

    /** The primitive type of this field, or null when its type is a declared type. */
    public PrimitiveType primitive() {
        return relationship ? null : PrimitiveType.ofModelName(type);
    }

    /** {@code regex=/pattern/flags}: the pattern as written between the slashes and JavaScript flags. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Regex(@JsonProperty("pattern") String pattern, @JsonProperty("flags") String flags) {
        public Regex {
            Objects.requireNonNull(pattern, "pattern");
            flags = flags == null ? "" : flags;
        }

        /** As written in a model: {@code /pattern/flags}. */
        @Override
        public String toString() {
            return "/" + pattern + "/" + flags;
        }
    }

    /** {@code range=[lower,upper]}, inclusive; either bound may be null. Bounds are kept as written. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Range(@JsonProperty("lower") String lower, @JsonProperty("upper") String upper) {
        public Range {
            if (lower == null && upper == null) {
                throw new IllegalArgumentException("A range needs a lower or an upper bound");
            }
        }
    }
}
