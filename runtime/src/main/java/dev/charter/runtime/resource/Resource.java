package dev.charter.runtime.resource;

/**
 * An identified instance of a model type — asset, participant, transaction or event — the base of
 * every generated resource class.
 */
public abstract sealed class Resource implements Typed permits Asset, Participant, Transaction, Event {

    /** The value of the type's identifying field (for example the {@code tradingSymbol} of a Commodity). */
    public abstract String $identifier();

    /** {@code org.example.trading.Commodity#ABC}, the form messages name an instance by. */
    @Override
    public String toString() {
        return $class() + "#" + $identifier();
    }
}
