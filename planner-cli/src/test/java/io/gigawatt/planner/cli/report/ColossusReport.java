package io.gigawatt.planner.cli.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.Guice;
import io.gigawatt.planner.cli.Format;
import io.gigawatt.planner.rules.RulesModule;
import io.gigawatt.planner.rules.ScenarioEvaluator;
import java.nio.file.Path;

/** The Colossus example's report, built once for the report tests (the rule base compiles once). */
public final class ColossusReport {

    public static final Path FILE = Path.of("..", "examples", "colossus.yaml");

    private static Report report;
    private static ScenarioEvaluator evaluator;

    private ColossusReport() {
    }

    /** One evaluator for the report tests: the rule base compiles once. */
    public static synchronized ScenarioEvaluator evaluator() {
        if (evaluator == null) {
            evaluator = Guice.createInjector(new RulesModule()).getInstance(ScenarioEvaluator.class);
        }
        return evaluator;
    }

    public static synchronized Report report() {
        if (report == null) {
            try {
                report = ReportBuilder.build(evaluator().evaluate(Path.of("../examples/colossus.yaml")));
            } catch (Exception e) {
                throw new IllegalStateException("the Colossus example does not evaluate", e);
            }
        }
        return report;
    }

    /** The JSON report of {@code report}, read back as a tree. */
    public static JsonNode json(Report report) {
        try {
            return new ObjectMapper().readTree(Format.JSON.render(report));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The report with a swing trace, as the swing model will give it. */
    public static Report withSwing(Report r, SwingTrace trace) {
        return new Report(r.schemaVersion(), r.scenario(), r.file(), r.verdict(), r.phases(), r.targets(), r.findings(),
                r.timeline(), r.series(), r.scale(), trace, r.economics());
    }
}
