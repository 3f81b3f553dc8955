package dev.charter.compiler.check;

import dev.charter.compiler.check.acl.AclChecks;
import dev.charter.compiler.check.logic.LogicTypeCheck;
import dev.charter.compiler.check.model.ModelChecks;
import dev.charter.compiler.check.query.QueryChecks;
import java.util.ArrayList;
import java.util.List;

/** Every check, in the order they run. */
public final class Checks {

    private Checks() {
    }

    public static List<Check> all() {
        List<Check> all = new ArrayList<>(ModelChecks.ALL);
        all.addAll(AclChecks.ALL);
        all.addAll(QueryChecks.ALL);
        all.add(new LogicTypeCheck());
        return List.copyOf(all);
    }
}
