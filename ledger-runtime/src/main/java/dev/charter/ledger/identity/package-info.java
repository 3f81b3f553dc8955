/**
 * Identities of a network: its certificate authority, the identity records in world state (issue, bind,
 * revoke) and their resolution to submitters, and a certificate authority kept in a local directory.
 */
package dev.charter.ledger.identity;
