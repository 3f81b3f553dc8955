package dev.charter.runtime.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.example.trading.TradingNetwork.WIRE;

import dev.charter.runtime.query.adhoc.AdHocQuery;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TextParametersTest {

    private static QueryPlan plan(String statement) {
        return AdHocQuery.plan("q", statement, WIRE.model());
    }

    @Test
    void eachParameterBecomesTheTypeOfTheFieldItIsComparedWith() {
        QueryPlan commodities = plan("SELECT org.example.trading.Commodity WHERE (quantity > _$quantity AND lots == _$lots"
                + " AND tags CONTAINS _$tag AND owner == _$owner AND mainExchange == _$exchange"
                + " AND storedAt.country == _$country) LIMIT _$limit");
        Map<String, Object> values = TextParameters.convert(WIRE.model(), commodities, Map.of("quantity", "60.5",
                "lots", " 3 ", "tag", "metal", "owner", "T1", "exchange", "NYSE", "country", "NL", "limit", "2"));
        assertThat(values).containsEntry("quantity", new BigDecimal("60.5")).containsEntry("lots", new BigDecimal("3"))
                .containsEntry("tag", "metal").containsEntry("owner", "T1").containsEntry("exchange", "NYSE")
                .containsEntry("country", "NL").containsEntry("limit", new BigDecimal("2"));

        QueryPlan traders = plan("SELECT org.example.trading.Trader WHERE (active == _$active OR memberSince > _$since)");
        assertThat(TextParameters.convert(WIRE.model(), traders, Map.of("active", "true", "since", "2026-01-01T00:00:00Z")))
                .containsEntry("active", Boolean.TRUE).containsEntry("since", "2026-01-01T00:00:00Z");
    }

    @Test
    void aValueThatDoesNotFitOrAParameterTheQueryDoesNotHaveIsNamed() {
        QueryPlan plan = plan("SELECT org.example.trading.Commodity WHERE (lots == _$lots AND quantity < _$most)");
        assertThatThrownBy(() -> TextParameters.convert(WIRE.model(), plan, Map.of("lots", "3.5")))
                .isInstanceOf(QueryException.class).hasMessage("Parameter lots of query q must be a whole number, not \"3.5\"");
        assertThatThrownBy(() -> TextParameters.convert(WIRE.model(), plan, Map.of("most", "lots")))
                .hasMessage("Parameter most of query q must be a number, not \"lots\"");
        assertThatThrownBy(() -> TextParameters.convert(WIRE.model(), plan, Map.of("least", "1")))
                .hasMessage("Query q has no parameter least; it takes lots, most");
        QueryPlan traders = plan("SELECT org.example.trading.Trader WHERE (active == _$active)");
        assertThatThrownBy(() -> TextParameters.convert(WIRE.model(), traders, Map.of("active", "yes")))
                .hasMessage("Parameter active of query q must be true or false, not \"yes\"");
    }
}
