package dev.charter.ledger.tx;

import dev.charter.runtime.context.Submitter;
import java.util.Objects;

/** What admission decided about one transaction: admitted for ordering as a submitter, or refused with a reason. */
public sealed interface Verdict {

    SignedTransaction transaction();

    /** Signed by a known, live identity within the time window, and not seen before. */
    record Admitted(SignedTransaction transaction, Submitter submitter) implements Verdict {
        public Admitted {
            Objects.requireNonNull(transaction, "transaction");
            Objects.requireNonNull(submitter, "submitter");
        }
    }

    /** Refused; {@code reason} is written for the submitter and recorded in the block. */
    record Refused(SignedTransaction transaction, String reason) implements Verdict {
        public Refused {
            Objects.requireNonNull(transaction, "transaction");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
