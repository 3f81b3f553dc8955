package dev.charter.rest.generator;

import com.palantir.javapoet.ClassName;
import dev.charter.compiler.codegen.JavaNames;
import dev.charter.compiler.model.Network;
import dev.charter.compiler.model.query.Condition;
import dev.charter.compiler.model.query.Query;
import dev.charter.compiler.model.query.QueryFile;
import dev.charter.compiler.model.query.Value;
import dev.charter.runtime.model.ModelInfo;
import dev.charter.runtime.model.TypeInfo;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * What the generated service serves and what its classes are called — the REST generator's naming
 * strategy, on top of the compiler's {@link JavaNames}: one controller per concrete asset, participant and
 * transaction type of the user's model, in {@code <namespace>.rest}, at {@code /api/<type>}.
 */
public final class RestApi {

    /** Where every generated endpoint lives. */
    public static final String API = "/api";

    private final Network network;
    private final ModelInfo model;
    private final NamespaceMode namespaces;
    private final List<TypeInfo> resources;
    private final List<TypeInfo> transactions;
    private final Map<String, String> sourceFiles = new HashMap<>();
    private final Map<String, String> documentation = new HashMap<>();

    public RestApi(Network network, ModelInfo model, NamespaceMode namespaces) {
        this.network = network;
        this.model = model;
        this.namespaces = namespaces;
        List<TypeInfo> user = userTypes().stream().filter(t -> !t.isAbstract()).toList();
        this.resources = user.stream().filter(TypeInfo::isRegistered).toList();
        this.transactions = user.stream().filter(t -> t.kind() == TypeInfo.Kind.TRANSACTION).toList();
        network.userModelFiles().forEach(file -> file.declarations().forEach(d -> {
            sourceFiles.put(d.qualifiedName(), file.path());
            Optional.ofNullable(file.documentation().get(d.name())).ifPresent(doc -> documentation.put(d.qualifiedName(), doc));
        }));
        if (namespaces == NamespaceMode.NEVER) {
            checkSimpleNamesDiffer();
        }
    }

    private void checkSimpleNamesDiffer() {
        Map<String, String> served = new HashMap<>();
        for (TypeInfo type : served()) {
            String other = served.putIfAbsent(type.simpleName(), type.qualifiedName());
            if (other != null) {
                throw new RestGenerationException("Types " + other + " and " + type.qualifiedName() + " would both be served at "
                        + API + "/" + type.simpleName() + ": generate with namespaces always");
            }
        }
    }

    public Network network() {
        return network;
    }

    public ModelInfo model() {
        return model;
    }

    /** Concrete asset and participant types, in model order. */
    public List<TypeInfo> resources() {
        return resources;
    }

    /** Concrete transaction types, in model order. */
    public List<TypeInfo> transactions() {
        return transactions;
    }

    /** Every type with endpoints: resources, then transactions. */
    public List<TypeInfo> served() {
        return Stream.concat(resources.stream(), transactions.stream()).toList();
    }

    /** Every type of the user's model, in model order: each has a DTO. */
    public List<TypeInfo> userTypes() {
        return model.types().values().stream().filter(t -> !t.namespace().equals(ModelInfo.SYSTEM_NAMESPACE)).toList();
    }

    /** {@code /api/org.example.loc.LetterOfCredit}, or {@code /api/LetterOfCredit} without namespaces. */
    public String path(TypeInfo type) {
        return API + "/" + (namespaces == NamespaceMode.ALWAYS ? type.qualifiedName() : type.simpleName());
    }

    /** The model file that declares a type, for the generated header. */
    public String sourceFile(TypeInfo type) {
        return sourceFiles.getOrDefault(type.qualifiedName(), "the model");
    }

    /** {@code org.example.loc.rest}: generated REST classes of a namespace. */
    public static String packageName(String namespace) {
        return JavaNames.packageName(namespace) + ".rest";
    }

    /** The doc comment of a type of the user's model, if it has one. */
    public Optional<String> documentation(String qualifiedName) {
        return Optional.ofNullable(documentation.get(qualifiedName));
    }

    /** {@code org.example.loc.rest.dto.LetterOfCredit}: the DTO of a type, in its namespace's package. */
    public ClassName dto(String qualifiedName) {
        int dot = qualifiedName.lastIndexOf('.');
        return ClassName.get(packageName(qualifiedName.substring(0, dot)) + ".dto",
                JavaNames.className(qualifiedName).simpleName());
    }

    public ClassName controller(TypeInfo type) {
        return ClassName.get(packageName(type.namespace()), JavaNames.className(type.qualifiedName()).simpleName()
                + "Controller");
    }

    /** {@code org.example.loc.rest.LetterOfCreditApplication}, in the package of the first model file. */
    public ClassName application() {
        return ClassName.get(packageName(network.userModelFiles().get(0).namespace()),
                JavaNames.networkClassName(network.descriptor().name()) + "Application");
    }

    /** The named queries of {@code queries.qry}, in file order (none without the file). */
    public List<Query> queries() {
        return network.queries().map(QueryFile::queries).orElse(List.of());
    }

    /** {@code /api/queries/<name>}. */
    public static String path(Query query) {
        return API + "/queries/" + query.name();
    }

    /** The query's {@code _$} parameters, without the {@code _$}, sorted: what its caller passes. */
    public static List<String> parameters(Query query) {
        Set<String> names = new TreeSet<>();
        query.select().where().ifPresent(where -> where.walk().forEach(condition -> {
            if (condition instanceof Condition.Comparison comparison && comparison.value() instanceof Value.Parameter p) {
                names.add(p.name());
            } else if (condition instanceof Condition.Contains contains && contains.value() instanceof Value.Parameter p) {
                names.add(p.name());
            }
        }));
        Stream.of(query.select().limit(), query.select().skip()).flatMap(Optional::stream)
                .filter(Value.Parameter.class::isInstance).forEach(p -> names.add(((Value.Parameter) p).name()));
        return List.copyOf(names);
    }

    /** {@code org.example.loc.rest.QueriesController}, beside the application. */
    public ClassName queriesController() {
        return ClassName.get(application().packageName(), "QueriesController");
    }
}
