/** The bundled ledger: a node that hosts compiled networks and keeps their hash-chained blocks and state. */
package dev.charter.ledger;
