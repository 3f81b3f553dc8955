package dev.charter.runtime.json;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.DatabindContext;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.jsontype.impl.LaissezFaireSubTypeValidator;
import com.fasterxml.jackson.databind.jsontype.impl.TypeIdResolverBase;
import dev.charter.runtime.model.TypeInfo;
import dev.charter.runtime.model.TypeTable;
import dev.charter.runtime.resource.Typed;
import java.io.IOException;

/** {@code $class} as Jackson's type id for every resource and concept, resolved through the model's type table. */
final class ModelTypeIds extends TypeIdResolverBase {

    static final String PROPERTY = "$class";

    private final TypeTable types;

    ModelTypeIds(TypeTable types) {
        this.types = types;
    }

    /** Type information for exactly the {@link Typed} classes: resources and concepts, not enums or relationships. */
    static ObjectMapper.DefaultTypeResolverBuilder resolverBuilder(TypeTable types) {
        ObjectMapper.DefaultTypeResolverBuilder builder = new ObjectMapper.DefaultTypeResolverBuilder(
                ObjectMapper.DefaultTyping.NON_FINAL, LaissezFaireSubTypeValidator.instance) {
            private static final long serialVersionUID = 1L;

            @Override
            public boolean useForType(JavaType type) {
                return Typed.class.isAssignableFrom(type.getRawClass());
            }
        };
        builder.init(JsonTypeInfo.Id.CUSTOM, new ModelTypeIds(types));
        builder.inclusion(JsonTypeInfo.As.PROPERTY);
        builder.typeProperty(PROPERTY);
        return builder;
    }

    @Override
    public String idFromValue(Object value) {
        return ((Typed) value).$class();
    }

    @Override
    public String idFromValueAndType(Object value, Class<?> suggestedType) {
        if (value != null) {
            return idFromValue(value);
        }
        TypeInfo type = types.typeOf(suggestedType);
        return type == null ? null : type.qualifiedName();
    }

    @Override
    public JavaType typeFromId(DatabindContext context, String id) throws IOException {
        Class<?> javaClass = types.javaClass(id);
        if (javaClass == null) {
            // Never fall back to a default type: an unknown $class is an error, not a base-class instance.
            String why = types.model().type(id).isPresent() ? "no Java class represents it" : "it is not a type of the model";
            throw InvalidTypeIdException.from(context instanceof DeserializationContext d ? d.getParser() : null,
                    "Cannot read $class " + id + ": " + why, context.constructType(Typed.class), id);
        }
        return context.constructType(javaClass);
    }

    @Override
    public String getDescForKnownTypeIds() {
        return "a type of the model";
    }

    @Override
    public JsonTypeInfo.Id getMechanism() {
        return JsonTypeInfo.Id.CUSTOM;
    }
}
