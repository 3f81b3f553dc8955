package dev.charter.compiler.model.acl;

/** What a participant does to a resource; {@code ALL} stands for the other four. */
public enum Operation {
    ALL,
    CREATE,
    READ,
    UPDATE,
    DELETE
}
