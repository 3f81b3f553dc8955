package dev.charter.compiler.logic;

import dev.charter.compiler.model.expr.Variable;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The names visible at a point of logic: variables and parameters with their types, and the
 * narrower types that enclosing {@code is} tests established for variables and field paths.
 */
final class Scope {

    /** A variable in scope; {@code assignable} is false for parameters and loop variables. */
    record Local(Variable variable, LType type, boolean reference, boolean assignable) {
    }

    private final Scope parent;
    private final Map<String, Local> locals = new HashMap<>();
    private final Map<String, LType> narrowed = new HashMap<>();

    private Scope(Scope parent) {
        this.parent = parent;
    }

    static Scope root() {
        return new Scope(null);
    }

    Scope child() {
        return new Scope(this);
    }

    Optional<Local> lookup(String name) {
        for (Scope s = this; s != null; s = s.parent) {
            Local local = s.locals.get(name);
            if (local != null) {
                return Optional.of(local);
            }
        }
        return Optional.empty();
    }

    /** The variable of this name declared in this very scope or an enclosing one, if any. */
    Optional<Local> clash(String name) {
        return lookup(name);
    }

    void declare(Local local) {
        locals.put(local.variable().name(), local);
    }

    /** The type an enclosing type test gave a path such as {@code req.approvingParty}. */
    Optional<LType> narrowed(String path) {
        for (Scope s = this; s != null; s = s.parent) {
            LType type = s.narrowed.get(path);
            if (type != null) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    void narrow(String path, LType type) {
        narrowed.put(path, type);
    }

    /**
     * Drops what type tests established about {@code path} and every path through it, here and
     * in the enclosing scopes: after {@code path = …} the tests no longer hold.
     */
    void forget(String path) {
        for (Scope s = this; s != null; s = s.parent) {
            s.narrowed.keySet().removeIf(p -> p.equals(path) || p.startsWith(path + "."));
        }
    }

    /**
     * Drops every narrowed path that reads {@code field} of something: after {@code x.field = …}
     * the field has changed for every variable that holds the same object as {@code x}.
     */
    void forgetField(String field) {
        for (Scope s = this; s != null; s = s.parent) {
            s.narrowed.keySet().removeIf(p -> p.contains("." + field + ".") || p.endsWith("." + field));
        }
    }

    Iterable<String> names() {
        java.util.List<String> names = new java.util.ArrayList<>();
        for (Scope s = this; s != null; s = s.parent) {
            names.addAll(s.locals.keySet());
        }
        return names;
    }
}
