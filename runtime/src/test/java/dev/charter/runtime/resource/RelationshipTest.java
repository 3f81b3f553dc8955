package dev.charter.runtime.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.example.trading.Trader;
import org.example.trading.TradingNetwork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RelationshipTest {

    @Test
    void writesTheResourceUri() {
        assertThat(Relationship.of("org.example.trading.Trader", "T1").toString())
                .isEqualTo("resource:org.example.trading.Trader#T1");
    }

    @Test
    void parsesTypeAndId() {
        Relationship<Trader> owner = Relationship.parse("resource:org.example.trading.Trader#T1");

        assertThat(owner.type()).isEqualTo("org.example.trading.Trader");
        assertThat(owner.id()).isEqualTo("T1");
        assertThat(owner).isEqualTo(Relationship.of("org.example.trading.Trader", "T1"));
    }

    @Test
    void acceptsTheLegacyFormWithoutScheme() {
        Relationship<Trader> owner = Relationship.parse("org.example.trading.Trader#T1");

        assertThat(owner.toString()).isEqualTo("resource:org.example.trading.Trader#T1");
    }

    @Test
    void encodesIdsAsComposerDidAndDecodesThemBack() {
        Relationship<Trader> spaced = Relationship.of("org.acme.Car", "my car #2 ü");

        assertThat(spaced.toString()).isEqualTo("resource:org.acme.Car#my%20car%20#2%20%C3%BC");
        assertThat(Relationship.parse(spaced.toString()).id()).isEqualTo("my car #2 ü");
        assertThat(Relationship.parse("resource:org.acme.Car#a%2Fb").id()).isEqualTo("a/b");
        assertThat(Relationship.parse("resource:org.acme.Car#a%2Fb").toString()).isEqualTo("resource:org.acme.Car#a/b");
        assertThat(Relationship.parse("resource:org.acme.Car#\uD83D\uDE97").id()).isEqualTo("\uD83D\uDE97");
    }

    @Test
    void relatesToAResourceByClassAndIdentifier() {
        Trader trader = TradingNetwork.trader("T1", "Jenny", "Jones");

        Relationship<Trader> relationship = Relationship.to(trader);

        assertThat(relationship.toString()).isEqualTo("resource:org.example.trading.Trader#T1");
        assertThat(relationship.pointsTo(trader)).isTrue();
        assertThat(Relationship.of(Trader.TYPE, "T2").pointsTo(trader)).isFalse();
    }

    @Test
    void refusesToRelateToAResourceWithoutIdentifier() {
        assertThatThrownBy(() -> Relationship.to(new Trader()))
                .hasMessage("Cannot relate to an instance of org.example.trading.Trader that has no identifier");
    }

    @ParameterizedTest
    @ValueSource(strings = {"T1", "resource:T1", "resource:org.acme.Car#", "resource:Car#1", "resource:org..Car#1",
            "resource:org.acme.Car.#1", "resource:org.acme.C ar#1", "resource:org.acme.Car#%ZZ", "resource:org.acme.Car#%C3",
            ""})
    void rejectsMalformedTextNamingTheExpectedForm(String text) {
        assertThatThrownBy(() -> Relationship.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid relationship '" + text + "': expected resource:<namespace>.<Type>#<id>");
    }
}
