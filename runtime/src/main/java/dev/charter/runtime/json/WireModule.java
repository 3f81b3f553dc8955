package dev.charter.runtime.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import dev.charter.runtime.model.FieldInfo;
import dev.charter.runtime.model.TypeInfo;
import dev.charter.runtime.model.TypeTable;
import dev.charter.runtime.resource.Relationship;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The Jackson pieces of the wire format: DateTime, relationships, and model field order. */
final class WireModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    @SuppressWarnings({"rawtypes", "unchecked"})
    WireModule(TypeTable types) {
        super("charter-wire-format");
        addSerializer(Instant.class, new InstantSerializer());
        addDeserializer(Instant.class, new InstantDeserializer());
        addSerializer((Class) Relationship.class, new RelationshipSerializer());
        addDeserializer((Class) Relationship.class, new RelationshipDeserializer());
        setSerializerModifier(new ModelFieldOrder(types));
    }

    static final class InstantSerializer extends StdScalarSerializer<Instant> {
        private static final long serialVersionUID = 1L;

        InstantSerializer() {
            super(Instant.class);
        }

        @Override
        public void serialize(Instant value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(IsoTime.format(value));
        }
    }

    static final class InstantDeserializer extends StdScalarDeserializer<Instant> {
        private static final long serialVersionUID = 1L;

        InstantDeserializer() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (Instant) ctxt.handleUnexpectedToken(Instant.class, p);
            }
            String text = p.getText();
            try {
                return IsoTime.parse(text);
            } catch (IllegalArgumentException e) {
                return (Instant) ctxt.handleWeirdStringValue(Instant.class, text, e.getMessage());
            }
        }
    }

    @SuppressWarnings("rawtypes")
    static final class RelationshipSerializer extends StdScalarSerializer<Relationship> {
        private static final long serialVersionUID = 1L;

        RelationshipSerializer() {
            super(Relationship.class);
        }

        @Override
        public void serialize(Relationship value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(value.toString());
        }
    }

    @SuppressWarnings("rawtypes")
    static final class RelationshipDeserializer extends StdScalarDeserializer<Relationship> {
        private static final long serialVersionUID = 1L;

        RelationshipDeserializer() {
            super(Relationship.class);
        }

        @Override
        public Relationship deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (Relationship) ctxt.handleUnexpectedToken(Relationship.class, p);
            }
            String text = p.getText();
            try {
                return Relationship.parse(text);
            } catch (IllegalArgumentException e) {
                return (Relationship) ctxt.handleWeirdStringValue(Relationship.class, text, e.getMessage());
            }
        }
    }

    /**
     * Writes properties in model order (inherited fields first), so that the bytes of an instance are
     * the same on every node; and refuses a class whose fields do not match its model type, which
     * would otherwise drop or invent data silently.
     */
    static final class ModelFieldOrder extends BeanSerializerModifier {
        private static final long serialVersionUID = 1L;

        private final transient TypeTable types;

        ModelFieldOrder(TypeTable types) {
            this.types = types;
        }

        @Override
        public List<BeanPropertyWriter> orderProperties(SerializationConfig config, BeanDescription beanDesc,
                List<BeanPropertyWriter> properties) {
            TypeInfo type = types.typeOf(beanDesc.getBeanClass());
            if (type == null) {
                return properties;
            }
            Map<String, BeanPropertyWriter> byName = new LinkedHashMap<>();
            for (BeanPropertyWriter property : properties) {
                byName.put(property.getName(), property);
            }
            List<FieldInfo> fields = types.model().allFields(type.qualifiedName());
            List<BeanPropertyWriter> ordered = new ArrayList<>(fields.size());
            for (FieldInfo field : fields) {
                BeanPropertyWriter property = byName.remove(field.name());
                if (property == null) {
                    throw new IllegalStateException("Class " + beanDesc.getBeanClass().getName()
                            + " has no Java field for field " + field.name() + " of " + type.qualifiedName());
                }
                ordered.add(property);
            }
            if (!byName.isEmpty()) {
                throw new IllegalStateException("Class " + beanDesc.getBeanClass().getName() + " has Java fields "
                        + byName.keySet() + " that " + type.qualifiedName() + " does not declare");
            }
            return ordered;
        }
    }
}
