/**
 * Identities of a network: its certificate authority, the identity records in world state (issue, bind,
 * revoke) and their resolution to submitters.
 */
package dev.charter.ledger.identity;
