package dev.charter.compiler.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import dev.charter.compiler.logic.TypedLogic;
import dev.charter.compiler.model.Declaration;
import dev.charter.compiler.model.ModelFile;
import dev.charter.compiler.model.Network;
import dev.charter.runtime.archive.NetworkArchive;
import dev.charter.runtime.model.ModelInfo;
import java.io.ByteArrayOutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Everything generated for one network: Java sources for types, logic and contract, and model.json. */
public final class NetworkGenerator {

    /**
     * @param javaSources source text by path, e.g. {@code org/example/loc/LetterOfCredit.java}
     * @param queriesJson the named queries and their indexes, {@code META-INF/charter/queries.json}
     * @param contractClass the fully qualified name of the generated contract
     */
    public record Output(Map<String, String> javaSources, byte[] modelJson, byte[] queriesJson, String contractClass) {

        /** The archive's metadata entries: {@code model.json} and {@code queries.json} by their archive path. */
        public Map<String, byte[]> metadata() {
            return Map.of(NetworkArchive.MODEL_ENTRY, modelJson, NetworkArchive.QUERIES_ENTRY, queriesJson);
        }
    }

    private NetworkGenerator() {
    }

    /**
     * @param networkSources the text of each file of the network by path, quoted beside the code it becomes
     */
    public static Output generate(Network network, TypedLogic typed, Map<String, String> networkSources) {
        Map<String, String> sources = new LinkedHashMap<>();
        ModelTypeGenerator types = new ModelTypeGenerator(network);
        for (ModelFile file : network.userModelFiles()) {
            for (Declaration declaration : file.declarations()) {
                add(sources, types.generate(declaration, file.path()));
            }
        }
        LogicGenerator logic = new LogicGenerator(network, typed, networkSources);
        logic.logicClasses().forEach(f -> add(sources, f));
        ClassName contract = contractName(network);
        Optional<ClassName> accessRules = network.acl().map(acl -> {
            ClassName rules = ClassName.get(contract.packageName(),
                    JavaNames.networkClassName(network.descriptor().name()) + "AccessRules");
            add(sources, new AccessRulesGenerator(typed, logic::functionOwner, networkSources.getOrDefault(acl.path(), ""))
                    .generate(acl, rules));
            return rules;
        });
        add(sources, logic.contract(contract, accessRules));
        ByteArrayOutputStream model = new ByteArrayOutputStream();
        ModelInfo modelInfo = ModelInfoGenerator.of(network);
        modelInfo.write(model);
        ByteArrayOutputStream queries = new ByteArrayOutputStream();
        QueryPlanGenerator.of(network, modelInfo).write(queries);
        return new Output(sources, model.toByteArray(), queries.toByteArray(), contract.canonicalName());
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
