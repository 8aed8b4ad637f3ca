package io.gigawatt.planner.rules;

import static io.gigawatt.planner.rules.RuleHarness.evaluate;
import static io.gigawatt.planner.rules.RuleHarness.findingsOf;
import static io.gigawatt.planner.rules.ScenarioBuilder.scenario;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** How a planner's rule files combine with the default pack, and what is checked beyond compiling. */
class RuleBuildTest {

    private static final String GRID_SHARE = "Grid share of a phase";

    private static String gridShareRule(String packageName, String name) {
        return """
                package %s;

                import io.gigawatt.planner.plan.PhasePlan;
                import function io.gigawatt.planner.rules.Findings.finding;

                rule "%s"
                    @family(grid) @severity(INFO) @doc("The planner's own grid statement.")
                when
                    $p : PhasePlan()
                then
                    insert(finding(kcontext, $p.name(), "Planner: " + $p.name()));
                end
                """.formatted(packageName, name);
    }

    @Test
    void theDefaultPackCompilesWithoutAnyProblem() {
        RuleBuild build = RuleBuild.compile(DefaultPack.sources(), List.of());

        long rulesInPack = DefaultPack.sources().stream()
                .mapToLong(s -> Pattern.compile("^rule \"", Pattern.MULTILINE).matcher(s.text()).results().count()).sum();
        assertThat(build.problems()).isEmpty();
        assertThat(build.catalogue()).hasSize((int) rulesInPack)
                .allSatisfy(rule -> assertThat(rule.family()).isNotNull())
                .noneMatch(RuleInfo::replacesDefault);
    }

    @Test
    void aPlannerRuleReplacesTheDefaultRuleOfTheSameNameWhateverItsPackage() throws Exception {
        for (String packageName : List.of("planner.own", "gigawatt.rules")) {
            RuleBuild build = RuleBuild.compile(DefaultPack.sources(),
                    List.of(new RuleSource("mine.drl", gridShareRule(packageName, GRID_SHARE))));

            assertThat(build.errors()).as(packageName).isEmpty();
            assertThat(build.replacedDefaults()).containsExactly(GRID_SHARE);
            assertThat(build.catalogue()).filteredOn(r -> r.name().equals(GRID_SHARE))
                    .singleElement().satisfies(rule -> {
                        assertThat(rule.file()).isEqualTo("mine.drl");
                        assertThat(rule.replacesDefault()).isTrue();
                    });
            int defaultLine = DefaultPack.sources().stream().filter(f -> f.name().endsWith("/grid.drl")).findFirst()
                    .map(f -> f.text().lines().toList().indexOf("rule \"" + GRID_SHARE + "\"") + 1).orElseThrow();
            assertThat(build.problems()).singleElement().satisfies(note -> {
                assertThat(note.level()).isEqualTo(RuleProblem.Level.NOTE);
                assertThat(note.toString()).isEqualTo("mine.drl:6:6: note: rule \"Grid share of a phase\" replaces the"
                        + " default rule of the same name (gigawatt/rules/grid.drl:" + defaultLine + ")");
            });
            Evaluation evaluation = evaluate(build.engine(), scenario());
            assertThat(findingsOf(evaluation, GRID_SHARE)).extracting(Finding::message).containsExactly("Planner: Phase 1");
            assertThat(findingsOf(evaluation, "Generators carry the gap")).hasSize(1);
        }
    }

    @Test
    void twoPlannerRulesOfOneNameAreAnErrorEvenInDifferentPackages() {
        RuleBuild build = RuleBuild.compile(List.of(), List.of(
                new RuleSource("a.drl", gridShareRule("planner.a", "Same name")),
                new RuleSource("b.drl", gridShareRule("planner.b", "Same name"))));

        assertThat(build.errors()).extracting(RuleProblem::toString)
                .containsExactly("b.drl:6:6: rule \"Same name\" is defined twice: first at a.drl:6:6");
        assertThatThrownBy(build::engine).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aPlannerRuleWithoutMetadataIsAnErrorButStillListed() {
        String rule = gridShareRule("planner.a", "Bare").replace("@family(grid) @severity(INFO) @doc(\"The planner's own grid statement.\")", "");

        RuleBuild build = RuleBuild.compile(List.of(), List.of(new RuleSource("bare.drl", rule)));

        assertThat(build.errors()).extracting(RuleProblem::toString)
                .containsExactly("bare.drl:6:6: rule \"Bare\" has no @family, @severity, @doc");
        assertThat(build.compiled()).isTrue();
        assertThat(build.catalogue()).containsExactly(new RuleInfo("Bare", null, null, null, "bare.drl", false, false));
        assertThatThrownBy(() -> RuleEngine.compile(List.of(), List.of(new RuleSource("bare.drl", rule))))
                .isInstanceOf(RuleProblemsException.class)
                .hasMessage("bare.drl:6:6: rule \"Bare\" has no @family, @severity, @doc");
    }

    @Test
    void aPlannersDerivationNeedsFamilyAndDocButNoSeverity() {
        String rule = gridShareRule("planner.a", "Derived").replace("@severity(INFO)", "@kind(derivation)");
        String withoutDoc = rule.replace("@doc(\"The planner's own grid statement.\")", "");

        RuleBuild build = RuleBuild.compile(List.of(), List.of(new RuleSource("derived.drl", rule)));
        RuleBuild undocumented = RuleBuild.compile(List.of(), List.of(new RuleSource("derived.drl", withoutDoc)));

        assertThat(build.errors()).isEmpty();
        assertThat(build.catalogue()).singleElement().satisfies(info -> assertThat(info.derivation()).isTrue());
        assertThat(undocumented.errors()).extracting(RuleProblem::toString)
                .containsExactly("derived.drl:6:6: rule \"Derived\" has no @doc");
    }

    @Test
    void problemsOfTheDefaultPackAreLeftOutWhenThePlannersFilesHaveErrorsOfTheirOwn() {
        RuleSource brokenDefault = new RuleSource("gigawatt/rules/broken.drl", gridShareRule("gigawatt.rules", "Default")
                .replace("PhasePlan()", "PhasPlan()"));
        RuleSource brokenPlanner = new RuleSource("mine.drl", gridShareRule("planner.a", "Mine").replace("PhasePlan()", "Phase()"));
        RuleSource goodPlanner = new RuleSource("mine.drl", gridShareRule("planner.a", "Mine"));

        assertThat(RuleBuild.compile(List.of(brokenDefault), List.of(brokenPlanner)).errors())
                .extracting(p -> p.location().file()).containsExactly("mine.drl");
        assertThat(RuleBuild.compile(List.of(brokenDefault), List.of(goodPlanner)).errors())
                .extracting(p -> p.location().file()).containsExactly("gigawatt/rules/broken.drl");
    }

    @Test
    void anUnknownFactTypeOrFieldIsPointedAtWithTheKnownOnes() {
        String rule = gridShareRule("planner.a", "Typos").replace("$p : PhasePlan()", "$p : PhasePlan( gridShar < 0.2 )\n    Sit()");

        RuleBuild build = RuleBuild.compile(List.of(), List.of(new RuleSource("typos.drl", rule)));

        assertThat(build.errors()).extracting(p -> p.location().line() + ":" + p.location().column() + " " + p.message()
                        + " | " + p.hint())
                .containsExactly(
                        "9:21 rule \"Typos\": unknown field 'gridShar' of PhasePlan | did you mean 'gridShare'? fields of"
                                + " PhasePlan: number, name, date, gpus, it, facility, grid, onSiteNeed, onSiteNeedDay,"
                                + " generators, batteries, cooling, planned, swing; also: backupGeneration,"
                                + " batteriesShortOfSwing, batteriesShortOfTrip, coolingBeyondMarket, gap, generatorsShortOfNeed, gpuCount,"
                                + " gridShare, plannedBatteryPower, plannedCooling, plannedGeneration,"
                                + " plannedSpareGenerators, unpowered",
                        "10:5 rule \"Typos\": unknown fact type 'Sit' | did you mean 'Site'? known fact types: Threshold,"
                                + " Site, Generators, Cooling, GridTranche, GridSupply, PhasePlan, TargetAssessment,"
                                + " BuildDays, SwingAssessment, PhaseFlexibility, PhaseTimeline, LeadTimeCheck, RentalShare,"
                                + " TargetTimeline, CampusCost, PhaseCost, CostShare, CostAgainstGrid, PricedAlternative,"
                                + " Rental, CandidateSite, PhaseSiting");
    }
}
