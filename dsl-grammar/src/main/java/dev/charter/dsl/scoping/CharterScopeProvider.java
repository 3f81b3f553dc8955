package dev.charter.dsl.scoping;

/**
 * Entry point of scoping. Type references follow Composer's import rules, implemented by the
 * delegate {@link ComposerImportScopeProvider}.
 */
public class CharterScopeProvider extends AbstractCharterScopeProvider {
}
