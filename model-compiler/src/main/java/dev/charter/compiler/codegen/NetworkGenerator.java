package dev.charter.compiler.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import dev.charter.compiler.logic.TypedLogic;
import dev.charter.compiler.model.Declaration;
import dev.charter.compiler.model.ModelFile;
import dev.charter.compiler.model.Network;
import java.io.ByteArrayOutputStream;
import java.util.LinkedHashMap;
import java.util.Map;

/** Everything generated for one network: Java sources for types, logic and contract, and model.json. */
public final class NetworkGenerator {

    /**
     * @param javaSources source text by path, e.g. {@code org/example/loc/LetterOfCredit.java}
     * @param contractClass the fully qualified name of the generated contract
     */
    public record Output(Map<String, String> javaSources, byte[] modelJson, String contractClass) {
    }

    private NetworkGenerator() {
    }

    /**
     * @param logicSources the text of each logic file by path, quoted beside the code it becomes
     */
    public static Output generate(Network network, TypedLogic typed, Map<String, String> logicSources) {
        Map<String, String> sources = new LinkedHashMap<>();
        ModelTypeGenerator types = new ModelTypeGenerator(network);
        for (ModelFile file : network.userModelFiles()) {
            for (Declaration declaration : file.declarations()) {
                add(sources, types.generate(declaration, file.path()));
            }
        }
        LogicGenerator logic = new LogicGenerator(network, typed, logicSources);
        logic.logicClasses().forEach(f -> add(sources, f));
        ClassName contract = contractName(network);
        add(sources, logic.contract(contract));
        ByteArrayOutputStream model = new ByteArrayOutputStream();
        ModelInfoGenerator.of(network).write(model);
        return new Output(sources, model.toByteArray(), contract.canonicalName());
    }

    /** {@code letter-of-credit} in namespace {@code org.example.loc} → {@code org.example.loc.LetterOfCreditContract}. */
    static ClassName contractName(Network network) {
        String namespace = network.logic().isEmpty() ? network.userModelFiles().get(0).namespace()
                : network.logic().get(0).namespace();
        return ClassName.get(JavaNames.packageName(namespace),
                JavaNames.networkClassName(network.descriptor().name()) + "Contract");
    }

    private static void add(Map<String, String> sources, JavaFile file) {
        String path = (file.packageName().isEmpty() ? "" : file.packageName().replace('.', '/') + "/")
                + file.typeSpec().name() + ".java";
        sources.put(path, file.toString());
    }
}
