package dev.charter.ledger.identity;

import dev.charter.ledger.crypto.Certificate;
import dev.charter.runtime.context.Submitter;
import java.util.Objects;

/** What an identity id stands for: a submitter with the certificate to check their signatures, or a refusal. */
public sealed interface Resolution {

    /** An identity that may submit transactions: its name, the submitter it acts as, and its certificate. */
    record Known(String name, Submitter submitter, Certificate certificate) implements Resolution {
        public Known {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(submitter, "submitter");
            Objects.requireNonNull(certificate, "certificate");
        }
    }

    /** An identity that may not submit, and why, in words for the submitter (recorded in the block). */
    record Refused(String reason) implements Resolution {
        public Refused {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
