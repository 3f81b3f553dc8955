package dev.charter.compiler.check;

import dev.charter.compiler.diagnostic.Code;
import java.util.EnumSet;
import java.util.Set;

/** Codes the mappers report (shapes the semantic model cannot hold); fixtures under checks/Mapper* cover them. */
final class MapperCodes {

    static final Set<Code> CODES = EnumSet.of(Code.MISSING_NAMESPACE, Code.MISPLACED_CONTENT, Code.FIELD_IN_ENUM,
            Code.VALUE_WITHOUT_TYPE, Code.ENUM_MODIFIER, Code.QUERY_INVALID_CONDITION);

    private MapperCodes() {
    }
}
