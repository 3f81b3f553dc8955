package dev.charter.runtime.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.charter.runtime.model.ModelInfo;
import dev.charter.runtime.model.TypeInfo;
import dev.charter.runtime.model.TypeTable;
import dev.charter.runtime.resource.Typed;
import java.io.IOException;

/**
 * Hyperledger Composer's JSON wire format for a network's generated classes, on one configured
 * Jackson {@link ObjectMapper}. Thread-safe; build one per network and share it.
 *
 * <ul>
 *   <li>Every resource and concept carries {@code $class} (its qualified model type), written first and
 *       read polymorphically through the {@link TypeTable}: an abstract declared type reads as the
 *       concrete type the JSON names. A nested concept without {@code $class} reads as its declared type,
 *       as in Composer.</li>
 *   <li>Then the model's fields in model order, inherited first — the same bytes on every node, which
 *       ledger hashing depends on. Doubles are written in their shortest form (the same on every JDK).</li>
 *   <li>Relationships are strings {@code resource:ns.Type#id}; DateTime is ISO-8601 UTC with
 *       milliseconds ({@link IsoTime}); enums are their value names; absent (null) fields are omitted,
 *       and JSON {@code null} reads as absent, keeping the field's default.</li>
 *   <li>Fields are read and written directly (not through getters), so model names such as {@code Id}
 *       or {@code URL} survive unchanged.</li>
 * </ul>
 *
 * <p>Reading does not validate: validate untrusted JSON with the {@code Validator} first.
 */
public final class WireFormat {

    private final TypeTable types;
    private final ObjectMapper mapper;

    /** The wire format of a model whose classes {@code loader} loads. */
    public WireFormat(ModelInfo model, ClassLoader loader) {
        this(new TypeTable(model, loader));
    }

    public WireFormat(TypeTable types) {
        this.types = types;
        JsonMapper mapper = JsonMapper.builder()
                .visibility(PropertyAccessor.ALL, Visibility.NONE)
                .visibility(PropertyAccessor.FIELD, Visibility.ANY)
                .propertyNamingStrategy(new ModelNaming())
                .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL,
                        JsonInclude.Include.NON_NULL))
                .defaultSetterInfo(JsonSetter.Value.forValueNulls(Nulls.SKIP))
                .enable(MapperFeature.USE_BASE_TYPE_AS_DEFAULT_IMPL)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
                .addModule(new WireModule(types))
                .build();
        mapper.setDefaultTyping(ModelTypeIds.resolverBuilder(types));
        this.mapper = mapper;
        checkClasses();
    }

    /**
     * Builds the serializer of every concrete class now, so that a class whose fields do not match its
     * model type fails when the network is loaded rather than in the middle of a transaction.
     */
    private void checkClasses() {
        for (TypeInfo type : types.model().types().values()) {
            Class<?> javaClass = types.javaClass(type.qualifiedName());
            if (javaClass == null || type.isAbstract() || type.kind() == TypeInfo.Kind.ENUM) {
                continue;
            }
            try {
                mapper.getSerializerProviderInstance().findTypedValueSerializer(javaClass, true, null);
            } catch (IllegalStateException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            } catch (JacksonException e) {
                throw new IllegalArgumentException("Class " + javaClass.getName() + " cannot be written as "
                        + type.qualifiedName() + ": " + e.getOriginalMessage(), e);
            }
        }
    }

    public ModelInfo model() {
        return types.model();
    }

    public TypeTable types() {
        return types;
    }

    /** The configured mapper, for callers that stream or need Jackson directly; do not reconfigure it. */
    public ObjectMapper mapper() {
        return mapper;
    }

    /** The canonical UTF-8 bytes of an instance. */
    public byte[] toBytes(Typed value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (JacksonException e) {
            throw new WireFormatException("Cannot write " + describe(value) + " as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** An instance as a JSON tree, in canonical property order. */
    public JsonNode toJson(Typed value) {
        try {
            return mapper.valueToTree(value);
        } catch (IllegalArgumentException e) {
            throw new WireFormatException("Cannot write " + describe(value) + " as JSON: " + e.getMessage(), e);
        }
    }

    /** An instance of {@code type} (or of the subtype its {@code $class} names) from a JSON tree. */
    public <T> T fromJson(JsonNode json, Class<T> type) {
        try {
            return mapper.treeToValue(json, type);
        } catch (JacksonException e) {
            throw unreadable(type, e.getOriginalMessage(), e);
        } catch (IllegalArgumentException e) {
            throw unreadable(type, e.getMessage(), e);
        }
    }

    /** An instance of whatever type its {@code $class} names. */
    public Typed fromJson(JsonNode json) {
        return fromJson(json, Typed.class);
    }

    /** An instance of {@code type} from canonical (or any wire-format) bytes. */
    public <T> T fromBytes(byte[] json, Class<T> type) {
        try {
            return mapper.readValue(json, type);
        } catch (JacksonException e) {
            throw unreadable(type, e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw unreadable(type, e.getMessage(), e);
        }
    }

    /** A JSON tree from bytes. */
    public JsonNode readTree(byte[] json) {
        try {
            return mapper.readTree(json);
        } catch (IOException e) {
            throw new WireFormatException("Invalid JSON data: " + (e instanceof JacksonException j
                    ? j.getOriginalMessage() : e.getMessage()), e);
        }
    }

    private static WireFormatException unreadable(Class<?> type, String detail, Exception cause) {
        return new WireFormatException("Cannot read JSON as " + type.getSimpleName() + ": " + detail, cause);
    }

    private static String describe(Typed value) {
        return value == null ? "null" : value.toString();
    }
}
