package dev.charter.compiler.check;

import dev.charter.compiler.diagnostic.Code;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The reference of every diagnostic code (docs/diagnostics.md), generated from {@link Code} and the checks. */
public final class DiagnosticsReference {

    /** Codes reported while reading and parsing files. */
    public static final Set<Code> LOADING = EnumSet.of(Code.SYNTAX_ERROR, Code.UNREADABLE_FILE, Code.INVALID_DESCRIPTOR,
            Code.INVALID_VERSION);

    /** Codes reported while mapping files to the semantic model: shapes the model cannot hold. */
    public static final Set<Code> MAPPING = EnumSet.of(Code.MISSING_NAMESPACE, Code.MISPLACED_CONTENT,
            Code.FIELD_IN_ENUM, Code.VALUE_WITHOUT_TYPE, Code.ENUM_MODIFIER, Code.QUERY_INVALID_CONDITION);

    private DiagnosticsReference() {
    }

    /** Which check (or phase) reports each code. */
    public static Map<Code, String> reporters(List<Check> checks) {
        Map<Code, String> reporters = new EnumMap<>(Code.class);
        LOADING.forEach(code -> reporters.put(code, "reading and parsing"));
        MAPPING.forEach(code -> reporters.put(code, "mapping to the model"));
        for (Check check : checks) {
            for (Code code : check.getClass().getAnnotation(CheckInfo.class).reports()) {
                reporters.put(code, check.getClass().getSimpleName());
            }
        }
        return reporters;
    }

    public static String markdown(List<Check> checks) {
        Map<Code, String> reporters = reporters(checks);
        StringBuilder out = new StringBuilder("""
                # Diagnostics reference

                Every message `charter check` (and the compiler, the Maven build and the editors) can
                report, with its stable code. Generated from `Code.java` and the checks' `@CheckInfo` —
                `DiagnosticsReferenceTest` keeps this page true. `{0}`, `{1}`, … stand for the names and
                values filled in.
                """);
        String[] titles = {"Files and syntax", "Models (.cto)", "Access rules (.acl)", "Queries (.qry)", "Logic (.logic)"};
        int section = -1;
        for (Code code : Code.values()) {
            int range = code.number() / 100;
            if (range != section) {
                section = range;
                out.append("\n## ").append(titles[Math.min(range, titles.length - 1)]).append("\n\n")
                        .append("| code | severity | message | reported by |\n| --- | --- | --- | --- |\n");
            }
            out.append("| ").append(code.id()).append(" | ").append(code.severity().label()).append(" | ")
                    .append(code.template().replace("|", "\\|").replace("''", "'")).append(" | ")
                    .append(reporters.getOrDefault(code, "—")).append(" |\n");
        }
        return out.toString();
    }
}
