package dev.charter.runtime.access;

/** What an access rule grants or denies: Composer's ACL operations. */
public enum AccessOperation {
    CREATE,
    READ,
    UPDATE,
    DELETE
}
