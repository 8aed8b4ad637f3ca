package io.gigawatt.planner.cli.schema;

import io.gigawatt.planner.catalogue.Catalogue;
import io.gigawatt.planner.catalogue.CatalogueReader;
import io.gigawatt.planner.input.InputException;
import io.gigawatt.planner.rules.policy.PolicyReader;
import io.gigawatt.planner.rules.policy.ThresholdSpec;
import io.gigawatt.planner.scenario.Scenario;
import io.gigawatt.planner.scenario.ScenarioLoader;
import io.gigawatt.planner.siting.PlanLoader;
import io.gigawatt.planner.siting.SiteFileLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The JSON Schemas of the planner's input files, written by asking their loaders ({@link LoaderProbe}) about documents
 * that write every key each loader knows: the scenario, a build plan for {@code planner sites}, a site file, a policy
 * file, and the catalogue section a scenario (or a catalogue file) changes the shipped catalogue with.
 */
final class InputSchemas {

    /** Where the schemas are published, for editors and for the examples' {@code yaml-language-server} lines. */
    static final Path FOLDER = Path.of("../schemas");
    static final String SCENARIO = "scenario.schema.json";
    static final String PLAN = "plan.schema.json";
    static final String SITES = "sites.schema.json";
    static final String POLICY = "policy.schema.json";
    static final String CATALOGUE = "catalogue.schema.json";

    private static final Path DOCUMENTS = Path.of("src/test/resources/schemas");
    private static final YAMLMapper YAML = YAMLMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String DRAFT = "https://json-schema.org/draft/2020-12/schema";

    private final Map<String, ObjectNode> schemas = new LinkedHashMap<>();
    private final Set<String> unread = new TreeSet<>();

    /** Every schema, by file name. */
    Map<String, ObjectNode> schemas() {
        if (schemas.isEmpty()) {
            write();
        }
        return schemas;
    }

    /** The keys a loader knows that none of the documents writes (so the schemas would leave them out): none. */
    Set<String> unread() {
        schemas();
        return unread;
    }

    private void write() {
        Catalogue shipped = CatalogueReader.loadDefault();
        ScenarioLoader scenarios = new ScenarioLoader(shipped);
        LoaderProbe scenarioProbe = new LoaderProbe(text -> scenarios.load("probe.yaml", text));
        ObjectNode scenario = probed(scenarioProbe, "every-key.yaml", "every-key-alternatives.yaml");
        record("scenario", scenarioProbe);

        // a catalogue file (--catalogue, catalogue.files) is read by a loader of its own, which takes no files: of
        // its own; the scenario's catalogue section (and so the plan's) refers to its schema for every key they share
        LoaderProbe catalogueProbe = new LoaderProbe(text -> readAsFile(text, file -> CatalogueReader.readFile(file,
                shipped)));
        ObjectNode catalogueFile = (ObjectNode) document("every-key.yaml").get("catalogue");
        catalogueFile.remove("files");
        ObjectNode catalogue = catalogueProbe.schemaOf(catalogueFile);
        record("catalogue file", catalogueProbe);
        referToCatalogue((ObjectNode) scenario.get("properties").get("catalogue"), catalogue);
        schemas.put(SCENARIO, published(scenario, "Gigawatt Planner scenario",
                "A campus to evaluate: its site, grid, build, equipment and what else the planner should weigh."));
        schemas.put(CATALOGUE, published(catalogue, "Gigawatt Planner catalogue file",
                "A company's catalogue file: models added to the shipped catalogue, or figures of its models changed,"
                        + " by id."));

        // a build plan is a scenario whose site and grid each candidate site brings: only what is required differs
        PlanLoader plans = new PlanLoader(scenarios);
        ObjectNode plan = scenario.deepCopy();
        plan.set("required", new LoaderProbe(text -> plans.load("probe.yaml", text))
                .schemaOf(document("every-key.yaml")).get("required"));
        schemas.put(PLAN, published(plan, "Gigawatt Planner build plan",
                "A scenario without its site and grid, for `planner sites` to evaluate at each candidate site."));

        Scenario colossusPlan = load(() -> plans.load(Path.of("../examples/colossus-plan.yaml")));
        LoaderProbe siteProbe = new LoaderProbe(text -> SiteFileLoader.load("probe.yaml", text, colossusPlan));
        ObjectNode sites = probed(siteProbe, "every-site-key.yaml");
        record("sites", siteProbe);
        schemas.put(SITES, published(sites, "Gigawatt Planner candidate sites",
                "The candidate sites `planner sites` evaluates a build plan at."));

        LoaderProbe policyProbe = new LoaderProbe(text -> readAsFile(text, PolicyReader::read));
        ObjectNode policy = policyProbe.schemaOf(everyThreshold());
        record("policy", policyProbe);
        describeThresholds((ObjectNode) policy.get("properties").get("thresholds").get("properties"));
        schemas.put(POLICY, published(policy, "Gigawatt Planner policy",
                "Thresholds the default rules judge by, changed, and thresholds for a planner's own rules."));
    }

    private static ObjectNode probed(LoaderProbe probe, String... documents) {
        ObjectNode schema = null;
        for (String name : documents) {
            schema = Schemas.merge(schema, probe.schemaOf(document(name)));
        }
        return schema;
    }

    private void record(String input, LoaderProbe probe) {
        probe.unread().forEach(place -> unread.add(input + ": " + place));
    }

    /** A policy that writes every default threshold at its default value, and a threshold of the planner's own. */
    private static JsonNode everyThreshold() {
        ObjectNode policy = NODES.objectNode();
        ObjectNode thresholds = policy.putObject("thresholds");
        PolicyReader.defaultThresholds().forEach(t -> thresholds.put(t.name(), t.value()));
        policy.putObject("custom").put("maximumDailyWaterM3", 3785);
        return policy;
    }

    /** Each threshold's meaning and unit from the default policy, where the probe finds only the range. */
    private static void describeThresholds(ObjectNode thresholds) {
        for (ThresholdSpec spec : PolicyReader.defaultThresholds()) {
            ObjectNode threshold = (ObjectNode) thresholds.get(spec.name());
            threshold.put("description", spec.doc() + " In " + spec.unit() + ".");
            if (spec.whole()) {
                threshold.put("default", (long) spec.value());
            } else {
                threshold.put("default", spec.value());
            }
        }
    }

    /** Each key of the scenario's catalogue section that a catalogue file takes alike, as a reference to its schema. */
    private static void referToCatalogue(ObjectNode section, ObjectNode file) {
        ObjectNode properties = (ObjectNode) section.get("properties");
        for (String key : file.get("properties").propertyNames()) {
            if (properties.get(key).equals(file.get("properties").get(key))) {
                properties.set(key, NODES.objectNode().put("$ref", CATALOGUE + "#/properties/" + key));
            }
        }
    }

    private interface FileReader {
        void read(Path file) throws InputException;
    }

    /** The text read as a file by a loader that reads files only (a policy, a catalogue file). */
    private static void readAsFile(String text, FileReader reader) throws InputException {
        try {
            Path file = Files.createTempFile("probe", ".yaml");
            try {
                Files.writeString(file, text, StandardCharsets.UTF_8);
                reader.read(file);
            } finally {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode published(ObjectNode schema, String title, String description) {
        ObjectNode published = NODES.objectNode().put("$schema", DRAFT).put("title", title)
                .put("description", description);
        published.setAll(schema);
        return published;
    }

    private static JsonNode document(String name) {
        try {
            return YAML.readTree(Files.readString(DOCUMENTS.resolve(name), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface Load<T> {
        T load() throws InputException;
    }

    private static <T> T load(Load<T> load) {
        try {
            return load.load();
        } catch (InputException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

}
