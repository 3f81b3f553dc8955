package dev.charter.compiler.load;

import dev.charter.compiler.load.ParsedNetwork.ParsedFile;
import dev.charter.compiler.model.logic.LogicFunction;
import dev.charter.dsl.charter.CharterPackage.Literals;
import dev.charter.dsl.charter.FunctionDeclaration;
import dev.charter.dsl.charter.NamespaceFile;
import java.util.ArrayList;
import java.util.List;

/** Lists the functions that {@code logic/*.logic} files declare, for calls from access rule conditions. */
public final class LogicFunctionMapper {

    private LogicFunctionMapper() {
    }

    public static List<LogicFunction> map(ParsedNetwork network) {
        List<LogicFunction> functions = new ArrayList<>();
        for (ParsedFile file : network.files()) {
            if (file.source().kind() != FileKind.LOGIC || file.resource().getContents().isEmpty()
                    || !(file.resource().getContents().get(0) instanceof NamespaceFile logic) || logic.getName() == null) {
                continue;
            }
            Locator at = new Locator(file.source());
            for (FunctionDeclaration function : logic.getFunctions()) {
                if (function.getName() != null) {
                    functions.add(new LogicFunction(logic.getName(), function.getName(), function.getParameters().size(),
                            at.of(function, Literals.FUNCTION_DECLARATION__NAME)));
                }
            }
        }
        return functions;
    }
}
