package dev.charter.dsl.validation;

/**
 * Xtext's validator hook. Charter's checks live in the model compiler, where they run on the
 * semantic model and carry stable CTR codes; editors get them through the language server.
 */
public class CharterValidator extends AbstractCharterValidator {
}
