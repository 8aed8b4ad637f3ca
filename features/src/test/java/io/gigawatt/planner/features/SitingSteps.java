package io.gigawatt.planner.features;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.guice.ScenarioScoped;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.gigawatt.planner.input.InputException;
import io.gigawatt.planner.rules.DefaultPack;
import io.gigawatt.planner.rules.Finding;
import io.gigawatt.planner.rules.RuleSource;
import io.gigawatt.planner.rules.Severity;
import io.gigawatt.planner.siting.PhaseSiting;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Siting: one build plan at candidate sites, which site carries each phase first, and what each site lacks. */
@ScenarioScoped
public final class SitingSteps {

    /** The rule names of the default pack, so a misspelt name cannot make "is not flagged by" pass by itself. */
    private static final Set<String> RULES = DefaultPack.sources().stream().map(RuleSource::text)
            .flatMap(text -> Pattern.compile("^\\s*rule\\s+\"([^\"]+)\"", Pattern.MULTILINE).matcher(text).results()
                    .map(m -> m.group(1)))
            .collect(Collectors.toUnmodifiableSet());

    private final SitingWorld world;

    @Inject
    public SitingSteps(SitingWorld world) {
        this.world = world;
    }

    @Given("the Colossus build plan")
    public void theColossusBuildPlan() throws IOException {
        world.startFrom(SitingWorld.PLAN);
    }

    @Given("the candidate sites {string} and {string}")
    public void theCandidateSites(String first, String second) throws IOException {
        world.chooseSites(List.of(first, second));
    }

    @Given("the grid tranches of {string} come {int} months later")
    public void theGridTranchesComeLater(String site, int months) {
        world.change(site, "its grid " + months + " months later", text -> SitingWorld.gridLater(text, months));
    }

    @Given("{string} can draw {count} m3 of water a day")
    public void canDrawWater(String site, long m3) {
        world.change(site, m3 + " m3 of water a day",
                text -> text.replaceFirst("availableM3PerDay: \\d+", "availableM3PerDay: " + m3));
    }

    @When("the planner compares the sites")
    public void thePlannerComparesTheSites() throws InputException {
        world.compare();
    }

    @Then("{string} ranks first")
    public void ranksFirst(String site) {
        assertThat(world.comparison().order()).as("the ranking; why:%n%s", why()).first().isEqualTo(site);
    }

    @Then("{string} carries {phase} from {date}, waiting for {string}")
    public void carriesFrom(String site, int phase, LocalDate date, String waitsFor) {
        PhaseSiting siting = phase(site, phase);
        assertThat(siting.earliest()).as("the first day %s carries %s", site, siting.phase().name()).isEqualTo(date);
        assertThat(siting.readiness().waitsFor()).as("what %s waits for", site).isEqualTo(waitsFor);
    }

    @Then("{string} never carries {phase}")
    public void neverCarries(String site, int phase) {
        PhaseSiting siting = phase(site, phase);
        assertThat(siting.earliest()).as("the first day %s carries %s (%s)", site, siting.phase().name(),
                siting.readiness()).isNull();
    }

    @Then("the planner explains:")
    public void thePlannerExplains(String sentence) {
        assertThat(world.comparison().why()).as("why the ranking is what it is")
                .contains(sentence.replaceAll("\\s+", " ").strip());
    }

    @Then("at {string} {phase} gets a(n) {severity} {string}")
    public void atSiteGets(String site, int phase, Severity severity, String rule) {
        List<Finding> found = findings(site, phase, rule);
        assertThat(found).as("findings of '%s' at %s", rule, site).isNotEmpty();
        assertThat(found).extracting(Finding::severity).containsOnly(severity);
    }

    @Then("at {string} {phase} is not flagged by {string}")
    public void atSiteIsNotFlaggedBy(String site, int phase, String rule) {
        assertThat(findings(site, phase, rule)).as("findings of '%s' at %s", rule, site).isEmpty();
    }

    private PhaseSiting phase(String site, int number) {
        List<PhaseSiting> phases = world.at(site).sitePlan().phases();
        assertThat(number).as("phase %d of %d", number, phases.size()).isBetween(1, phases.size());
        return phases.get(number - 1);
    }

    private List<Finding> findings(String site, int phase, String rule) {
        assertThat(RULES).as("the rules of the default pack").contains(rule);
        String subject = phase(site, phase).phase().name();
        return world.at(site).evaluation().about(subject).stream().filter(f -> f.rule().equals(rule)).toList();
    }

    private String why() {
        return String.join("\n", world.comparison().why());
    }

}
