package dev.charter.runtime.access;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.charter.runtime.resource.Participant;
import dev.charter.runtime.resource.Transaction;
import org.example.trading.TradingNetwork;
import org.junit.jupiter.api.Test;

class AccessControllerTest {

    private static final AccessSubject ADMIN = new AccessSubject() {
        @Override
        public Participant participant() {
            return null;
        }

        @Override
        public Transaction transaction() {
            return TradingNetwork.trade("ABC", "T1");
        }
    };

    @Test
    void allowsEverythingByDefault() {
        assertThatCode(() -> AccessController.ALLOW_ALL.checkDelete(ADMIN, TradingNetwork.commodity("ABC", "T1")))
                .doesNotThrowAnyException();
    }

    @Test
    void namesTheAdministratorWhenItIsDenied() {
        AccessController denyAll = (operation, subject, resource) -> false;

        assertThatThrownBy(() -> denyAll.checkUpdate(ADMIN, TradingNetwork.commodity("ABC", "T1")))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("The network administrator does not have 'UPDATE' access to resource"
                        + " 'org.example.trading.Commodity#ABC'");
    }
}
