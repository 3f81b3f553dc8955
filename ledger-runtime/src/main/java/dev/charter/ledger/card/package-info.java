/** Business-network cards: one file with a network's connection details, a certificate and its private key. */
package dev.charter.ledger.card;
