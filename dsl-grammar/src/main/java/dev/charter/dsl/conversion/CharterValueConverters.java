package dev.charter.dsl.conversion;

import com.google.inject.Inject;
import com.google.inject.Singleton;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.conversion.impl.AbstractDeclarativeValueConverterService;
import org.eclipse.xtext.conversion.impl.AbstractLexerBasedConverter;
import org.eclipse.xtext.conversion.impl.IDValueConverter;
import org.eclipse.xtext.conversion.impl.STRINGValueConverter;
import org.eclipse.xtext.nodemodel.INode;

/**
 * Turns token text into values: quoted strings (either quote), identifiers and regex clauses.
 * A singleton, as Xtext's own converters are: building the converter table walks the grammar.
 */
@Singleton
public class CharterValueConverters extends AbstractDeclarativeValueConverterService {

    @Inject
    private IDValueConverter idValueConverter;

    @Inject
    private STRINGValueConverter stringValueConverter;

    @ValueConverter(rule = "ID")
    public IValueConverter<String> ID() {
        return idValueConverter;
    }

    @ValueConverter(rule = "STRING")
    public IValueConverter<String> STRING() {
        return stringValueConverter;
    }

    @ValueConverter(rule = "REGEX")
    public IValueConverter<String> REGEX() {
        return new RegexConverter();
    }

    /** {@code regex = /a+/i} becomes {@code /a+/i}: the literal as Composer writes it, flags kept. */
    static final class RegexConverter extends AbstractLexerBasedConverter<String> {
        @Override
        public String toValue(String string, INode node) throws ValueConverterException {
            if (string == null) {
                return null;
            }
            int slash = string.indexOf('/');
            if (slash < 0) {
                throw new ValueConverterException("A regex must be written as regex=/pattern/", node, null);
            }
            return string.substring(slash);
        }

        @Override
        protected String toEscapedString(String value) {
            return "regex=" + value;
        }
    }
}
