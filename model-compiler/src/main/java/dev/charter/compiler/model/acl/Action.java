package dev.charter.compiler.model.acl;

/** What the first matching rule decides. */
public enum Action {
    ALLOW,
    DENY
}
