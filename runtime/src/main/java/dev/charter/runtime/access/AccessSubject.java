package dev.charter.runtime.access;

import dev.charter.runtime.resource.Participant;
import dev.charter.runtime.resource.Transaction;

/**
 * Who is asking, for an access decision: the current participant and transaction. The participant
 * is resolved from the state only when a controller asks for it.
 */
public interface AccessSubject {

    /** The participant that submitted the transaction, or null for the network administrator. */
    Participant participant();

    /** The transaction being executed. */
    Transaction transaction();
}
