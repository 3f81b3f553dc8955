package dev.charter.compiler.check;

import dev.charter.compiler.diagnostic.Diagnostics;
import dev.charter.compiler.model.Network;

/**
 * One rule a network must follow. Each implementation finds one kind of problem, is named for
 * it, and declares the codes it reports with {@link CheckInfo}.
 */
public interface Check {

    void check(Network network, Diagnostics diagnostics);
}
