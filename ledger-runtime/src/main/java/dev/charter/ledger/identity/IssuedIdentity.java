package dev.charter.ledger.identity;

import dev.charter.ledger.crypto.Certificate;
import dev.charter.ledger.crypto.SigningKey;

/** A new identity's private key and the certificate the network's certificate authority issued for it. */
public record IssuedIdentity(SigningKey key, Certificate certificate) {
}
