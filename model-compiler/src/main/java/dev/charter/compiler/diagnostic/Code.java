package dev.charter.compiler.diagnostic;

import static dev.charter.compiler.diagnostic.Severity.ERROR;
import static dev.charter.compiler.diagnostic.Severity.WARNING;

/**
 * Every diagnostic Charter can report, with a stable number, a severity and a message template
 * ({@code {0}}, {@code {1}}, … are filled in order). A code never changes meaning; retired codes
 * are not reused. Ranges: 0xx files and syntax, 1xx models, 2xx access rules, 3xx queries,
 * 4xx logic.
 */
public enum Code {

    // ---- files and syntax ---------------------------------------------------------------------
    SYNTAX_ERROR(1, ERROR, "{0}"),
    UNREADABLE_FILE(2, ERROR, "Cannot read {0}: {1}"),
    INVALID_DESCRIPTOR(3, ERROR, "{0} is not valid: {1}"),
    MISSING_NAMESPACE(4, ERROR, "A {0} file must start with 'namespace <name>'"),
    MISPLACED_CONTENT(5, ERROR, "{0} cannot appear in a {1} file; {2}"),
    INVALID_VERSION(6, ERROR, "Version ''{0}'' in {1} is not a semantic version such as 1.0.0"),

    // ---- models (.cto) ------------------------------------------------------------------------
    UNDECLARED_TYPE(100, ERROR, "Type {0} used by {1} is not declared or imported{2}"),
    DUPLICATE_TYPE(101, ERROR, "Type {0} is declared more than once in namespace {1}; it is first declared at {2}"),
    IMPORT_CLASHES_WITH_TYPE(102, ERROR, "Type {0} is declared in namespace {1} and also imported as {2}; remove the import or rename the local type"),
    DUPLICATE_IMPORTED_NAME(103, ERROR, "Two imported types are both named {0}: {1} and {2}; import only one of them"),
    DUPLICATE_FIELD(104, ERROR, "Class {0} has more than one field named {1}"),
    INHERITED_FIELD_REDECLARED(105, ERROR, "Class {0} has more than one field named {1}: it also inherits {1} from {2}"),
    UNKNOWN_SUPER_TYPE(106, ERROR, "{0} {1} extends {2}, which is not declared or imported{3}"),
    SUPER_TYPE_OF_OTHER_KIND(107, ERROR, "{0} {1} cannot extend {2} {3}: a type extends only a type of its own kind"),
    CIRCULAR_INHERITANCE(108, ERROR, "{0} {1} inherits from itself ({2}); remove one of these extends clauses"),
    IDENTIFIER_FIELD_MISSING(109, ERROR, "{0} {1} is identified by {2}, but has no field named {2}{3}"),
    IDENTIFIER_NOT_STRING(110, ERROR, "{0} {1} is identified by {2}, which must be a String, not {3}"),
    IDENTIFIER_OPTIONAL(111, ERROR, "{0} {1} is identified by {2}, which must not be optional"),
    IDENTIFIER_REDECLARED(112, ERROR, "{0} {1} cannot declare 'identified by {2}': it inherits the identifier {3} from {4}; remove the clause"),
    MISSING_IDENTIFIER(113, ERROR, "{0} {1} is not abstract and has no identifying field: add 'identified by <field>'"),
    IDENTIFIER_NOT_ALLOWED(114, ERROR, "{0} {1} cannot declare 'identified by': {2}"),
    RESERVED_TYPE_NAME(115, ERROR, "Type name {0} is reserved: every model implicitly imports the system type {1}.{0}; choose another name"),
    RELATIONSHIP_TO_PRIMITIVE(116, ERROR, "Relationship {0} of {1} points to the primitive {2}; relationships point to assets, participants and transactions (use 'o {2}{3} {0}' for a value)"),
    RELATIONSHIP_TO_NON_RESOURCE(117, ERROR, "Relationship {0} of {1} points to {2} {3}; relationships point to assets, participants and transactions (use 'o {3}{4} {0}' to embed it)"),
    UNKNOWN_IMPORTED_NAMESPACE(118, ERROR, "Import {0} names namespace {1}, which no model file declares{2}"),
    UNKNOWN_IMPORTED_TYPE(119, ERROR, "Import {0}: namespace {1} has no type {2}{3}"),
    NAMESPACE_IN_TWO_FILES(120, ERROR, "Namespace {0} is declared by both {1} and {2}; a namespace lives in one model file"),
    REGEX_ON_NON_STRING(121, ERROR, "Field {0} of {1} is {2}: regex= applies only to String fields"),
    INVALID_REGEX(122, ERROR, "Field {0} of {1} has an invalid regex {2}: {3}"),
    RANGE_ON_NON_NUMERIC(123, ERROR, "Field {0} of {1} is {2}: range= applies only to Integer, Long and Double fields"),
    RANGE_BOUNDS_REVERSED(124, ERROR, "Field {0} of {1} has range [{2},{3}]: the lower bound is above the upper bound"),
    RANGE_BOUND_NOT_OF_TYPE(125, ERROR, "Field {0} of {1} is {2}, but its range bound {3} is not a valid {2}{4}"),
    RANGE_WITHOUT_BOUNDS(126, ERROR, "Field {0} of {1} has a range with no bounds: give a lower bound, an upper bound or both"),
    DEFAULT_NOT_OF_TYPE(127, ERROR, "Default value {0} of field {1} in {2} is not a valid {3}{4}"),
    DEFAULT_NOT_ENUM_VALUE(128, ERROR, "Default value {0} of field {1} in {2} is not a value of enum {3}{4}"),
    DEFAULT_NOT_ALLOWED(129, ERROR, "Field {0} of {1} is {2}: only a field holding one primitive or enum value can have a default value"),
    DEFAULT_VIOLATES_CONSTRAINT(130, ERROR, "Default value {0} of field {1} in {2} does not satisfy its {3}"),
    DUPLICATE_DECORATOR(131, ERROR, "{0} has more than one @{1} decorator"),
    RESERVED_WORD(132, ERROR, "''{0}'' is a reserved word and cannot name {1}; choose another name"),
    DUPLICATE_ENUM_VALUE(133, ERROR, "Enum {0} has more than one value named {1}"),
    FIELD_IN_ENUM(134, ERROR, "Enum {0} lists its values as 'o NAME'; {1} {2} is a field"),
    VALUE_WITHOUT_TYPE(135, ERROR, "{0} {1}: 'o {2}' has no type; write 'o <Type> {2}'"),
    ENUM_MODIFIER(136, ERROR, "Enum {0} cannot {1}"),
    SYSTEM_NAMESPACE_DECLARED(137, ERROR, "Namespace {0} is reserved for the system model; choose another namespace"),
    DECORATOR_ARGUMENTS(138, ERROR, "@{0} on {1} takes {2}, not {3}"),
    RETURNS_UNDECLARED_TYPE(139, ERROR, "@returns on {0} names type {1}, which is not declared or imported{2}"),

    // ---- access rules (.acl) ------------------------------------------------------------------
    DUPLICATE_RULE(201, ERROR, "Access rule {0} is declared more than once"),
    ACL_UNKNOWN_NAMESPACE(202, ERROR, "Rule {0}: {1} {2} names namespace {3}, which no model declares{4}"),
    ACL_UNKNOWN_TYPE(203, ERROR, "Rule {0}: {1} {2} names type {3}, which is not declared{4}"),
    ACL_TRANSACTION_NOT_TRANSACTION(204, ERROR, "Rule {0}: transaction {1} must be a transaction type, not {2} {3}"),
    ACL_PARTICIPANT_NOT_PARTICIPANT(205, ERROR, "Rule {0}: participant {1} must be a participant type, not {2} {3}"),
    ACL_DUPLICATE_OPERATION(206, ERROR, "Rule {0} lists operation {1} more than once{2}"),
    ACL_UNBOUND_VARIABLE(207, ERROR, "Rule {0}: the condition uses {1}, which is not bound{2}"),
    ACL_INVALID_TARGET(208, ERROR, "Rule {0}: {1} ''{2}'' is not a valid target; {3}"),
    ACL_DUPLICATE_VARIABLE(209, ERROR, "Rule {0} binds {1} more than once"),
    ACL_UNKNOWN_FUNCTION(210, WARNING, "Rule {0}: the condition calls {1}, which no .logic file defines; it is refused at run time until one does"),
    ACL_CONDITION_TYPE(211, ERROR, "Rule {0}: {1}"),
    ACL_CONDITION_UNTYPED_VARIABLE(212, ERROR, "Rule {0}: the condition uses {1}, but {2} {3} matches more than one type; bind {1} to a type, e.g. {2}({1}): \"{4}\""),
    ACL_CONDITION_WRITES(213, ERROR, "Rule {0}: the condition calls {1}, which {2}; conditions may only read"),

    // ---- queries (.qry) -----------------------------------------------------------------------
    DUPLICATE_QUERY(301, ERROR, "Query {0} is declared more than once"),
    QUERY_UNKNOWN_TYPE(302, ERROR, "Query {0} selects {1}, which is not declared{2}"),
    QUERY_SELECTS_NON_RESOURCE(303, ERROR, "Query {0} selects {1} {2}: only assets, participants and transactions can be queried"),
    QUERY_UNKNOWN_FIELD(304, ERROR, "Query {0}: {1} has no field {2}{3}"),
    QUERY_TYPE_MISMATCH(305, ERROR, "Query {0}: {1} is {2}, but is compared with {3}"),
    QUERY_MIXED_ORDER(306, ERROR, "Query {0} sorts both ascending and descending; sort all fields in one direction"),
    QUERY_NESTED_CONTAINS(307, ERROR, "Query {0}: CONTAINS cannot be nested inside another CONTAINS"),
    QUERY_CONTAINS_NON_ARRAY(308, ERROR, "Query {0}: CONTAINS needs an array field, and {1} is {2}"),
    QUERY_INVALID_PAGING(309, ERROR, "Query {0}: {1} must be a whole number of at least 0 or a parameter, not {2}"),
    QUERY_UNSORTABLE_FIELD(310, ERROR, "Query {0} orders by {1}, which is {2}; order by a primitive or enum field"),
    QUERY_PARAMETER_CONFLICT(311, ERROR, "Query {0}: parameter {1} is compared with both {2} and {3}"),
    QUERY_INVALID_CONDITION(312, ERROR, "Query {0}: ''{1}'' is not allowed here: {2}"),

    // ---- logic (.logic) -----------------------------------------------------------------------
    LOGIC_UNKNOWN_TYPE(401, ERROR, "Type ''{0}'' is not declared or imported{1}"),
    LOGIC_UNKNOWN_FIELD(402, ERROR, "{0} has no field {1}{2}"),
    LOGIC_UNKNOWN_NAME(403, ERROR, "Unknown name {0}: it is not a variable, a parameter or an enum value{1}"),
    LOGIC_UNKNOWN_FUNCTION(404, ERROR, "Unknown function {0}{1}"),
    LOGIC_TYPE_MISMATCH(405, ERROR, "{0} must be {1}, but is {2}"),
    LOGIC_INCOMPARABLE(406, ERROR, "Cannot compare {0} with {1}"),
    LOGIC_IDENTIFIER_ASSIGNED(407, ERROR, "Cannot assign {0}: it identifies the {1}; create a new {1} instead"),
    LOGIC_TRANSACTION_FIELD_ASSIGNED(408, ERROR, "Cannot assign {0}: the fields of transaction {1} are what its submitter signed"),
    LOGIC_PERSIST_NON_RESOURCE(409, ERROR, "{0} needs an asset or a participant, but {1} is {2}"),
    LOGIC_EMIT_NON_EVENT(410, ERROR, "Only events can be emitted, and {0} is {1}"),
    LOGIC_MISSING_FIELD(411, ERROR, "{0} {1} is missing {2}"),
    LOGIC_UNKNOWN_INITIALIZED_FIELD(412, ERROR, "{0} has no field {1}{2}"),
    LOGIC_HANDLER_FOR_NON_TRANSACTION(413, ERROR, "Handlers run transactions, and {0} is {1}"),
    LOGIC_DUPLICATE_HANDLER(414, ERROR, "Transaction {0} already has a handler at {1}; two handlers cannot be ordered, so merge them"),
    LOGIC_MISSING_RETURN(415, ERROR, "Transaction {0} is declared @returns({1}), but its handler can end without returning a value"),
    LOGIC_UNREACHABLE(416, ERROR, "Unreachable statement: the one before it always {0}"),
    LOGIC_NO_HANDLER(417, WARNING, "Transaction {0} has no handler: submitting it changes nothing"),
    LOGIC_NOT_BOOLEAN(418, ERROR, "{0} must be a Boolean, but is {1}"),
    LOGIC_ARGUMENT_COUNT(419, ERROR, "{0} takes {1} argument(s), but is called with {2}"),
    LOGIC_UNKNOWN_METHOD(420, ERROR, "{0} has no method {1}{2}"),
    LOGIC_NOT_ASSIGNABLE(421, ERROR, "Cannot assign to {0}: only variables, fields and list elements can be assigned"),
    LOGIC_UNEXPECTED_RETURN(422, ERROR, "{0} does not return a value: {1}"),
    LOGIC_DUPLICATE_VARIABLE(423, ERROR, "{0} is already defined at {1}"),
    LOGIC_FUNCTION_MISSING_RETURN(424, ERROR, "Function {0} returns {1}, but can end without returning one"),
    LOGIC_RECURSION(425, ERROR, "Function {0} calls itself ({1}); logic must always terminate, so recursion is not allowed"),
    LOGIC_ABSTRACT_NEW(426, ERROR, "Cannot create {0}: it is abstract; create one of its concrete subtypes"),
    LOGIC_UNKNOWN_QUERY(427, ERROR, "{0}"),
    LOGIC_DUPLICATE_FUNCTION(428, ERROR, "Function {0} is already declared at {1}"),
    LOGIC_IDENTIFIER_USE(429, ERROR, "{0}"),
    LOGIC_USELESS_EXPRESSION(430, ERROR, "This expression has no effect: assign its value, or call a function"),
    LOGIC_IMPOSSIBLE_TYPE_TEST(431, ERROR, "{0} is {1}, so it can never be {2}"),
    LOGIC_AMBIGUOUS_NAME(432, ERROR, "{0} is a value of several enums ({1}); write it where its enum is known, e.g. compare it with a field"),
    LOGIC_UNTYPED_VARIABLE(433, ERROR, "Variable {0} needs a type, since it starts out empty: write let {0}: {1} = …"),
    LOGIC_DUPLICATE_ARGUMENT(434, ERROR, "{0} is given more than once");

    private final int number;
    private final Severity severity;
    private final String template;

    Code(int number, Severity severity, String template) {
        this.number = number;
        this.severity = severity;
        this.template = template;
    }

    /** The stable identifier users see, e.g. {@code CTR104}. */
    public String id() {
        return String.format("CTR%03d", number);
    }

    public int number() {
        return number;
    }

    public Severity severity() {
        return severity;
    }

    public String template() {
        return template;
    }

    /** Fills the template: {@code {n}} becomes {@code args[n]}, {@code ''} becomes {@code '}. */
    public String format(Object... args) {
        StringBuilder out = new StringBuilder(template.length() + 32);
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c == '{' && i + 2 < template.length() && Character.isDigit(template.charAt(i + 1))
                    && template.charAt(i + 2) == '}') {
                int index = template.charAt(i + 1) - '0';
                out.append(index < args.length ? String.valueOf(args[index]) : "");
                i += 2;
            } else if (c == '\'' && i + 1 < template.length() && template.charAt(i + 1) == '\'') {
                out.append('\'');
                i++;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
