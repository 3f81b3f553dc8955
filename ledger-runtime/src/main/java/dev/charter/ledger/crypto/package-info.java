/**
 * Keys, signatures, certificates and PEM for identities: ECDSA P-256 (DER, low S) and Ed25519, on
 * Bouncy Castle's lightweight API. {@link dev.charter.ledger.crypto.Signer} and
 * {@link dev.charter.ledger.crypto.Verifier} are the byte-array interfaces the rest of the ledger signs
 * and verifies through.
 */
package dev.charter.ledger.crypto;
