package io.gigawatt.planner.features;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Injector;
import io.cucumber.guice.ScenarioScoped;
import io.gigawatt.planner.cli.Main;
import io.gigawatt.planner.input.InputException;
import io.gigawatt.planner.plan.PhasePlan;
import io.gigawatt.planner.rules.Evaluation;
import io.gigawatt.planner.rules.ScenarioEvaluator;
import io.gigawatt.planner.targets.TargetAssessment;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * What one Cucumber scenario works on, shared by all step classes: the campus scenario (the example file,
 * perhaps changed), and what the planner made of it, through the engine or through the command line.
 */
@ScenarioScoped
public final class CampusWorld {

    /** The reference scenario; Maven runs the tests in the features module, next to ../examples. */
    static final Path COLOSSUS = Path.of("..", "examples", "colossus.yaml");

    /** Changed scenarios are written here for the command line, and stay for a look after a failure. */
    private static final Path CHANGED_SCENARIOS = Path.of("target", "feature-scenarios");

    private final ScenarioEvaluator evaluator;
    private final Injector injector;

    private Path file;
    private Path policy;
    private ScenarioText text;
    private final List<String> changes = new ArrayList<>();
    private Evaluation evaluation;
    private CommandLineRun commandLine;

    @Inject
    public CampusWorld(ScenarioEvaluator evaluator, Injector injector) {
        this.evaluator = evaluator;
        this.injector = injector;
    }

    void startFrom(Path scenarioFile) throws IOException {
        file = scenarioFile;
        text = new ScenarioText(Files.readString(scenarioFile, StandardCharsets.UTF_8));
        changes.clear();
    }

    /** Changes the scenario before it is evaluated; {@code description} names the change in error messages. */
    void change(String description, UnaryOperator<ScenarioText> edit) {
        assertThat(text).as("a scenario to change (start with a Given that names one)").isNotNull();
        assertThat(evaluation).as("changes come before the scenario is evaluated").isNull();
        text = edit.apply(text);
        changes.add(description);
    }

    /** Writes a policy file of the planner's for the evaluation to use, as {@code --policy FILE} would. */
    void usePolicy(String yaml) throws IOException {
        assertThat(evaluation).as("a policy comes before the scenario is evaluated").isNull();
        Files.createDirectories(CHANGED_SCENARIOS);
        policy = Files.createTempFile(CHANGED_SCENARIOS, "policy-", ".yaml");
        Files.writeString(policy, yaml, StandardCharsets.UTF_8);
    }

    ScenarioText text() {
        return text;
    }

    /** The scenario as published goes through the file path; a changed one through the loader, as text. */
    void evaluate() throws InputException {
        assertThat(text).as("a scenario to evaluate (start with a Given that names one)").isNotNull();
        evaluation = changes.isEmpty()
                ? evaluator.evaluate(file, policy)
                : evaluator.evaluate(name(), text.yaml(), policy);
    }

    /** Runs {@code planner evaluate} on the scenario, as a planner would at a terminal. */
    void runCommandLine() throws IOException {
        Path scenario = file;
        if (!changes.isEmpty()) {
            Files.createDirectories(CHANGED_SCENARIOS);
            scenario = CHANGED_SCENARIOS.resolve(fileNameOfChanges());
            Files.writeString(scenario, text.yaml(), StandardCharsets.UTF_8);
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode;
        try (PrintWriter o = new PrintWriter(out); PrintWriter e = new PrintWriter(err)) {
            // The features' own injector: its rule base is already compiled, as in a long-lived planner process.
            exitCode = Main.run(injector, o, e, "evaluate", scenario.toString());
        }
        commandLine = new CommandLineRun(exitCode, out.toString(), err.toString(), scenario);
    }

    Evaluation evaluation() {
        assertThat(evaluation).as("an evaluation (the scenario needs a When that evaluates it)").isNotNull();
        return evaluation;
    }

    CommandLineRun commandLine() {
        assertThat(commandLine).as("a command-line run (the scenario needs a When that runs the planner)").isNotNull();
        return commandLine;
    }

    /** Phase {@code number}, counted from one in build order. */
    PhasePlan phase(int number) {
        List<PhasePlan> phases = evaluation().plan().phases();
        assertThat(number).as("phase %d of a plan with %d phases", number, phases.size()).isBetween(1, phases.size());
        return phases.get(number - 1);
    }

    /** The scenario's one target ("the target" in the features). */
    TargetAssessment target() {
        List<TargetAssessment> targets = evaluation().plan().targets();
        assertThat(targets).as("the scenario's targets ('the target' means there is exactly one)").hasSize(1);
        return targets.get(0);
    }

    private String name() {
        return file + " with " + String.join(", ", changes);
    }

    /** "colossus-with-a-permit-for-26-units-and-430-mw.yaml": one file per set of changes, rewritten each run. */
    private String fileNameOfChanges() {
        String slug = String.join(" ", changes).toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9.]+", "-")
                .replaceAll("^-|-$", "");
        return baseName() + "-with-" + (slug.length() > 120 ? slug.substring(0, 120) : slug) + ".yaml";
    }

    private String baseName() {
        String name = file.getFileName().toString();
        return name.endsWith(".yaml") ? name.substring(0, name.length() - 5) : name;
    }

    /** What the command line printed and returned. */
    record CommandLineRun(int exitCode, String out, String err, Path scenario) {
    }
}
