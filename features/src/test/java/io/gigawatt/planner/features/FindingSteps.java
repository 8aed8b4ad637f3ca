package io.gigawatt.planner.features;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.guice.ScenarioScoped;
import io.cucumber.java.en.Then;
import io.gigawatt.planner.rules.DefaultPack;
import io.gigawatt.planner.rules.Finding;
import io.gigawatt.planner.rules.RuleSource;
import io.gigawatt.planner.rules.Severity;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The report: what the rules found, named by rule as the report names them, and the verdict. */
@ScenarioScoped
public final class FindingSteps {

    /** The rule names of the default pack, so a misspelt name cannot make "is not flagged by" pass by itself. */
    private static final Set<String> RULES = ruleNames();

    private final CampusWorld world;

    @Inject
    public FindingSteps(CampusWorld world) {
        this.world = world;
    }

    @Then("{phase} gets a(n) {severity} {string}")
    public void phaseGets(int number, Severity severity, String rule) {
        assertFinding(world.phase(number).name(), severity, rule);
    }

    @Then("the target gets a(n) {severity} {string}")
    public void theTargetGets(Severity severity, String rule) {
        assertFinding(world.target().target().name(), severity, rule);
    }

    @Then("{phase} is not flagged by {string}")
    public void phaseIsNotFlaggedBy(int number, String rule) {
        String subject = world.phase(number).name();
        assertThat(byRule(subject, rule)).as("findings of '%s' about %s; all its findings:%n%s", rule, subject,
                list(world.evaluation().about(subject))).isEmpty();
    }

    @Then("the planner reports {string}")
    public void thePlannerReports(String sentence) {
        assertThat(world.evaluation().findings()).extracting(Finding::message)
                .as("the sentences of the report").contains(sentence);
    }

    @Then("the scenario is feasible")
    public void theScenarioIsFeasible() {
        assertThat(world.evaluation().feasible()).as("feasible; the findings:%n%s",
                list(world.evaluation().findings())).isTrue();
    }

    @Then("the scenario is infeasible")
    public void theScenarioIsInfeasible() {
        assertThat(world.evaluation().feasible()).as("infeasible; the findings:%n%s",
                list(world.evaluation().findings())).isFalse();
    }

    private void assertFinding(String subject, Severity severity, String rule) {
        List<Finding> found = byRule(subject, rule);
        assertThat(found).as("a finding of '%s' about %s; its findings:%n%s", rule, subject,
                list(world.evaluation().about(subject))).isNotEmpty();
        assertThat(found).extracting(Finding::severity).as("severity of '%s' about %s", rule, subject)
                .containsOnly(severity);
    }

    private List<Finding> byRule(String subject, String rule) {
        assertThat(RULES).as("the rules of the default pack").contains(rule);
        return world.evaluation().about(subject).stream().filter(f -> f.rule().equals(rule)).toList();
    }

    private static Set<String> ruleNames() {
        Pattern name = Pattern.compile("^\\s*rule\\s+\"([^\"]+)\"", Pattern.MULTILINE);
        return DefaultPack.sources().stream().map(RuleSource::text).flatMap(text -> {
            Matcher matcher = name.matcher(text);
            return matcher.results().map(m -> m.group(1));
        }).collect(Collectors.toUnmodifiableSet());
    }

    private static String list(List<Finding> findings) {
        return findings.stream()
                .map(f -> "  " + f.severity() + " [" + f.family() + ": " + f.rule() + "] " + f.message())
                .collect(Collectors.joining("\n"));
    }
}
