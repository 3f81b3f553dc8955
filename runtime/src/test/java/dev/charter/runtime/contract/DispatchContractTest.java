package dev.charter.runtime.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.example.trading.CountHoldings;
import org.example.trading.Trade;
import org.example.trading.TradingNetwork;
import org.junit.jupiter.api.Test;

class DispatchContractTest {

    @Test
    void dispatchesByExactTransactionType() {
        DispatchContract contract = DispatchContract.builder()
                .on(Trade.TYPE, Trade.class, (ctx, trade) -> { })
                .returning(CountHoldings.TYPE, CountHoldings.class, (ctx, count) -> 42)
                .build();

        assertThat(contract.handles(Trade.TYPE)).isTrue();
        assertThat(contract.handles("org.hyperledger.composer.system.Transaction")).isFalse();
        assertThat(contract.execute(null, new CountHoldings())).isEqualTo(42);
        assertThat(contract.execute(null, TradingNetwork.trade("ABC", "T1"))).isNull();
    }

    @Test
    void refusesTwoHandlersForOneType() {
        DispatchContract.Builder builder = DispatchContract.builder().on(Trade.TYPE, Trade.class, (ctx, trade) -> { });

        assertThatThrownBy(() -> builder.on(Trade.TYPE, Trade.class, (ctx, trade) -> { }))
                .hasMessage("Transaction type org.example.trading.Trade has two handlers");
    }

    @Test
    void refusesATransactionItHasNoHandlerFor() {
        DispatchContract contract = DispatchContract.builder().on(Trade.TYPE, Trade.class, (ctx, trade) -> { }).build();

        assertThatThrownBy(() -> contract.execute(null, new CountHoldings()))
                .hasMessage("No handler for transaction type org.example.trading.CountHoldings");
    }
}
