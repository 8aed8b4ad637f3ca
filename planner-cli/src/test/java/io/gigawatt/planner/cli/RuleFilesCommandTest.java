package io.gigawatt.planner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gigawatt.planner.rules.DefaultPack;
import io.gigawatt.planner.rules.RuleBuild;
import io.gigawatt.planner.rules.RuleInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A planner's own rule files: {@code evaluate --rules DIR} (with the default pack or alone), {@code rules check} and
 * {@code rules list}, and rules that fail at run time (exit 1, the rule named, no report written).
 */
class RuleFilesCommandTest {

    private static final String COLOSSUS = "../examples/colossus.yaml";
    private static final String RULES = "src/test/resources/own-rules/";
    private static final String OVERRIDE = RULES + "override";
    private static final String GRID_SHARE = "Grid share of a phase";
    private static final String NL = System.lineSeparator();

    private static JsonNode json(CliRun run) throws IOException {
        return new ObjectMapper().readTree(run.out());
    }

    /** "rule | phase | message" of each finding. */
    private static List<String> findings(JsonNode report) {
        List<String> findings = new ArrayList<>();
        report.get("findings").forEach(f -> findings.add(f.get("rule").asText() + " | " + f.path("phase").asText()
                + " | " + f.get("message").asText()));
        return findings;
    }

    @Test
    void aPlannerRuleNamedLikeADefaultRuleReplacesIt() throws IOException {
        List<String> before = findings(json(CliRun.of("evaluate", COLOSSUS, "--format", "json")));
        CliRun run = CliRun.of("evaluate", COLOSSUS, "--format", "json", "--rules", OVERRIDE);

        List<String> after = findings(json(run));
        assertThat(before).anyMatch(f -> f.startsWith("Grid share of a phase | Colossus 1 | ") && !f.contains("Planner's view"));
        assertThat(after).filteredOn(f -> f.startsWith(GRID_SHARE)).containsExactly(
                "Grid share of a phase | Colossus 1 | Planner's view: the grid gives Colossus 1 28.2% (50 MW).",
                "Grid share of a phase | Doubling | Planner's view: the grid gives Doubling 14.1% (50 MW).");
        assertThat(after).contains("Phase above 150 MW | Colossus 1 | Colossus 1 draws 177 MW: above 150 MW, ask the"
                + " utility for a study.");
        // the other default rules still run
        assertThat(after).filteredOn(f -> !f.startsWith(GRID_SHARE) && !f.startsWith("Phase above 150 MW"))
                .containsExactlyInAnyOrderElementsOf(before.stream().filter(f -> !f.startsWith(GRID_SHARE)).toList());
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isEqualTo(ExitCode.INFEASIBLE.code());
    }

    @Test
    void noDefaultRulesRunsOnlyThePlannersRules() throws IOException {
        CliRun run = CliRun.of("evaluate", COLOSSUS, "--format", "json", "--rules", OVERRIDE, "--no-default-rules");

        assertThat(findings(json(run))).extracting(f -> f.substring(0, f.indexOf(" | ")))
                .containsOnly(GRID_SHARE, "Phase above 150 MW").hasSize(4);
        assertThat(json(run).get("verdict").asText()).isEqualTo("FEASIBLE");
        assertThat(run.exitCode()).isEqualTo(ExitCode.FEASIBLE.code());
    }

    @Test
    void noDefaultRulesWithoutRulesIsBadUsage() {
        CliRun run = CliRun.of("evaluate", COLOSSUS, "--no-default-rules");

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(run.err()).isEqualTo("planner: --no-default-rules needs --rules DIR (there would be no rules to run)" + NL);
    }

    @Test
    void aMissingOrEmptyRuleFolderIsBadInput(@TempDir Path empty) {
        CliRun missing = CliRun.of("evaluate", COLOSSUS, "--rules", "no/such/rules");
        CliRun none = CliRun.of("rules", "check", empty.toString());

        assertThat(missing.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(missing.err()).isEqualTo("planner: no such rule folder or file: no/such/rules" + NL);
        assertThat(missing.out()).isEmpty();
        assertThat(none.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(none.err()).isEqualTo("planner: no rule files (*.drl) in " + empty + NL);
    }

    @Test
    void checkSaysOkAndNotesTheReplacedDefaultRule() {
        CliRun run = CliRun.of("rules", "check", OVERRIDE);

        assertThat(run.out())
                .isEqualTo("1 file, 2 rules: OK, and they run on the examples colossus.yaml and two-halls.yaml" + NL);
        // the default rule's line is left open: the default pack's files change on their own
        assertThat(run.err()).matches(Pattern.quote(RULES + "override/grid.drl:8:6: note: rule \"Grid share of a phase\""
                + " replaces the default rule of the same name (gigawatt/rules/grid.drl:") + "\\d+\\)" + NL
                + Pattern.quote("    rule \"Grid share of a phase\"" + NL + "         ^" + NL));
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void listShowsTheDefaultCatalogueAsText() {
        List<RuleInfo> pack = RuleBuild.compile(DefaultPack.sources(), List.of()).catalogue();

        CliRun run = CliRun.of("rules", "list");

        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).matches("RULE +FAMILY +SEVERITY +FILE");
        assertThat(lines).hasSize(1 + 2 * pack.size() + 1);
        for (int i = 0; i < pack.size(); i++) {
            RuleInfo rule = pack.get(i);
            String severity = rule.derivation() ? "derivation" : rule.severity().name();
            assertThat(lines.get(1 + 2 * i)).matches(Pattern.quote(rule.name()) + " +" + rule.family() + " +"
                    + severity + " +" + Pattern.quote(rule.file()));
            assertThat(lines.get(2 + 2 * i)).isEqualTo("    " + rule.doc());
        }
        assertThat(lines.get(lines.size() - 1)).isEqualTo(pack.size() + " rules from " + DefaultPack.FAMILIES.size() + " files");
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void listWithPlannerRulesAsMarkdownMarksTheReplacement() {
        CliRun run = CliRun.of("rules", "list", "--rules", OVERRIDE, "--format", "md");

        List<String> lines = run.out().lines().toList();
        assertThat(lines.subList(0, 2)).containsExactly("| Rule | Family | Severity | Description | File |", "|---|---|---|---|---|");
        assertThat(lines).filteredOn(l -> l.startsWith("| " + GRID_SHARE + " |")).containsExactly(
                "| Grid share of a phase | grid | INFO | The planner's own statement of the grid share: the share and the"
                        + " firm MW, nothing else. | `" + RULES + "override/grid.drl` (replaces the default rule) |");
        assertThat(lines).contains("| Phase above 150 MW | grid | WARNING | A phase drawing more than 150 MW at the facility"
                + " needs a utility study before interconnection. | `" + RULES + "override/grid.drl` |");
        assertThat(lines).anyMatch(l -> l.startsWith("| Generators carry the gap | generation | INFO | ")
                && l.endsWith(" | `gigawatt/rules/generation.drl` |"));
        assertThat(lines.subList(2, lines.size())).allMatch(l -> l.startsWith("| ") && l.endsWith(" |"));
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void listShowsNoneForMissingMetadataAndPointsToCheck() {
        String file = "src/test/resources/broken-rules/missing-metadata.drl";

        CliRun run = CliRun.of("rules", "list", "--rules", file, "--no-default-rules");

        assertThat(run.out()).containsPattern("(?m)^Phase without a date check +timeline +\\(none\\) +" + file + "$")
                .contains(NL + "    (none)" + NL)
                .containsPattern("(?m)^Phase in the summer +timeline +\\(none\\) +" + file + "$");
        assertThat(run.err()).isEqualTo("planner: 2 problems in the rule files (a rule without metadata shows (none));"
                + " 'planner rules check " + file + "' shows where" + NL);
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void listOfRuleFilesThatDoNotCompileIsRefusedWithTheirDiagnostics() {
        CliRun run = CliRun.of("rules", "list", "--rules", "src/test/resources/broken-rules/unknown-fact-type.drl");

        assertThat(run.exitCode()).isEqualTo(ExitCode.RULES_DO_NOT_COMPILE.code());
        assertThat(run.err()).startsWith("src/test/resources/broken-rules/unknown-fact-type.drl:12:10: rule \"Phase larger"
                + " than 150,000 GPUs\": unknown fact type 'PhasPlan'");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aRuleFileThatIsNotUtf8IsRefusedAtItsFirstBadByteByEveryCommandTakingRules(@TempDir Path dir) {
        String latin1 = "src/test/resources/broken-rules/latin-1.drl";
        String expected = latin1 + ":10:62: not UTF-8 text: byte 0xE9 (byte 362 of the file) is not a UTF-8 character" + NL
                + "    hint: save the file as UTF-8 (an editor's \"save with encoding\", or iconv -f latin1 -t utf-8 for"
                + " Latin-1 text)" + NL;
        Path tables = dir.resolve("tables");

        List<CliRun> runs = List.of(CliRun.of("rules", "list", "--rules", latin1),
                CliRun.of("sites", "../examples/colossus-plan.yaml", "../examples/colossus-sites.yaml", "--rules", latin1),
                CliRun.of("sweep", COLOSSUS, "--vary", "facility.pue=1.2,1.3", "--rules", latin1, "--out", tables.toString()));

        assertThat(runs).allSatisfy(run -> {
            assertThat(run.err()).isEqualTo(expected);
            assertThat(run.exitCode()).isEqualTo(ExitCode.RULES_DO_NOT_COMPILE.code());
            assertThat(run.out()).isEmpty();
        });
        assertThat(tables).doesNotExist();
    }

    @Test
    void aDeviceOrAnOversizedFileGivenAsRulesIsRefusedWithoutReadingItWhole(@TempDir Path dir) throws IOException {
        Path huge = dir.resolve("huge.drl");
        try (var file = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(200L * 1024 * 1024); // sparse: 200 MB that take no disk
        }

        CliRun device = CliRun.of("rules", "check", "/dev/zero");
        CliRun oversized = CliRun.of("evaluate", COLOSSUS, "--rules", dir.toString());

        assertThat(device.err()).isEqualTo("/dev/zero:1:1: not a regular file (a device, a pipe or a socket), expected a"
                + " rule file" + NL + "    hint: give --rules a folder of .drl files or one .drl file" + NL);
        assertThat(oversized.err()).isEqualTo(huge + ":1:1: larger than 8 MB, expected a rule file of at most 8 MB" + NL
                + "    hint: give --rules a folder of .drl files or one .drl file" + NL);
        assertThat(List.of(device, oversized)).allSatisfy(run -> {
            assertThat(run.exitCode()).isEqualTo(ExitCode.RULES_DO_NOT_COMPILE.code());
            assertThat(run.out()).isEmpty();
        });
    }

    @Test
    void aRuleThatNeverSettlesIsNamedAndNoReportIsWritten(@TempDir Path dir) {
        Path out = dir.resolve("reports");

        CliRun alone = CliRun.of("evaluate", COLOSSUS, "--rules", RULES + "runaway", "--no-default-rules");
        CliRun withDefaults = CliRun.of("evaluate", COLOSSUS, "--rules", RULES + "runaway", "--out", out.toString());

        assertThat(alone.exitCode()).isEqualTo(ExitCode.INTERNAL_ERROR.code());
        assertThat(alone.err()).isEqualTo("planner: rule \"Keeps re-checking the phase\" fired 100,000 times without"
                + " settling: it keeps re-activating itself (modify/update of a fact it matches?)" + NL);
        assertThat(alone.out()).isEmpty();
        assertThat(withDefaults.exitCode()).isEqualTo(ExitCode.INTERNAL_ERROR.code());
        assertThat(withDefaults.err()).startsWith("planner: rule \"Keeps re-checking the phase\" fired ")
                .doesNotContain("Grid share", "\tat ", "Exception");
        assertThat(withDefaults.out()).isEmpty();
        assertThat(out).doesNotExist();
    }

    @Test
    void aConsequenceThatThrowsNamesTheRuleTheLineAndTheFactAndWritesNoReport(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("reports");
        Files.createDirectories(out);

        CliRun run = CliRun.of("evaluate", COLOSSUS, "--rules", RULES + "consequence", "--format", "json",
                "--out", out.toString());
        CliRun verbose = CliRun.of("evaluate", COLOSSUS, "--rules", RULES + "consequence", "--verbose");

        assertThat(run.exitCode()).isEqualTo(ExitCode.INTERNAL_ERROR.code());
        assertThat(run.err()).isEqualTo("planner: rule \"GPUs per spare generator\" failed at " + RULES
                + "consequence/divides.drl:15 on PhasePlan \"Colossus 1\": ArithmeticException: / by zero" + NL
                + "Run again with --verbose for the stack trace." + NL);
        assertThat(run.out()).isEmpty();
        try (var files = Files.list(out)) {
            assertThat(files).isEmpty();
        }
        assertThat(verbose.exitCode()).isEqualTo(ExitCode.INTERNAL_ERROR.code());
        assertThat(verbose.err()).startsWith("planner: rule \"GPUs per spare generator\" failed at")
                .contains("java.lang.ArithmeticException: / by zero", "\tat ");
        assertThat(verbose.out()).isEmpty();
    }

    @Test
    void rulesWithoutACommandSaysWhichThereAre() {
        CliRun run = CliRun.of("rules");

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(run.err()).startsWith("planner: 'planner rules' needs a command: check, list, test or new")
                .contains("check", "list", "test", "new");
    }

    @Test
    void helpListsTheRulesCommands() {
        assertThat(CliRun.of("--help").out()).contains("evaluate", "rules");
        assertThat(CliRun.of("rules", "--help").out()).contains("check", "list");
        assertThat(CliRun.of("evaluate", "--help").out()).contains("--rules=DIR", "--no-default-rules");
    }
}
