package dev.charter.runtime.query.adhoc;

/**
 * One problem of an ad-hoc query statement, with the code and text the compiler gives the same
 * problem in queries.qry: {@code 1:34: error CTR304: Query adhoc: Commodity has no field colour}.
 *
 * @param code the stable diagnostic code, {@code CTR001} for syntax
 * @param line the line in the statement, from 1
 * @param column the column in the line, from 1
 */
public record QueryProblem(String code, int line, int column, String message) {

    public String render() {
        return line + ":" + column + ": error " + code + ": " + message;
    }
}
