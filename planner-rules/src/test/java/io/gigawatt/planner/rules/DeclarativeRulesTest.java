package io.gigawatt.planner.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The safe default's check: every way out of the planner we could think of is refused where it is written, and what
 * planners write (the default pack, the guide's example, dates, strings and comments that mention the system) is not.
 */
class DeclarativeRulesTest {

    private static final String HEAD = """
            package mycampus.rules;

            import io.gigawatt.planner.plan.PhasePlan;
            import function io.gigawatt.planner.rules.Findings.finding;

            rule "Some rule"
                @family(grid)
                @severity(INFO)
                @doc("x")
            when
                $p : PhasePlan( )
            then
            """;
    /** The line the consequence starts on, in {@link #HEAD}. */
    private static final int THEN = 12;

    private static List<RuleProblem> check(String text) {
        return DeclarativeRules.refusals(List.of(new RuleSource("mine.drl", text)));
    }

    private static List<RuleProblem> checkConsequence(String consequence) {
        return check(HEAD + consequence + "\nend\n");
    }

    static Stream<Arguments> waysOut() {
        return Stream.of(
                Arguments.of("a call into System", "    System.exit(0);", 1, 5),
                Arguments.of("spaces around the dot", "    System . exit ( 0 );", 1, 5),
                Arguments.of("a full class name", "    java.lang.Runtime.getRuntime().exec(\"rm -rf /\");", 1, 5),
                Arguments.of("java.lang without import", "    new ProcessBuilder(\"touch\", \"/tmp/x\").start();", 1, 9),
                Arguments.of("a thread", "    new Thread(() -> { }).start();", 1, 9),
                Arguments.of("reflection from a fact", "    $p.getClass().getClassLoader();", 1, 8),
                Arguments.of("a class literal", "    Object type = String.class;", 1, 25),
                Arguments.of("files by full name", "    java.nio.file.Files.deleteIfExists(java.nio.file.Path.of(\"x\"));", 1, 5),
                Arguments.of("a method reference", "    Object r = (java.util.function.Supplier<Object>) Runtime::getRuntime;", 1, 17),
                Arguments.of("the engine's session", "    kcontext.getKieRuntime().getKieBase();", 1, 14),
                Arguments.of("an import inside the consequence (MVEL)", "    import java.io.File; new File(\"x\").delete();", 1, 5),
                Arguments.of("code between two strings", "    String a = \"x\"; System.exit(0); String b = \"y\";", 1, 21),
                Arguments.of("a quote left open to hide the rest", "    char c = 'x; System.exit(0);", 1, 18),
                Arguments.of("a text block", "    String s = \"\"\"\n    hi\"\"\"; System.exit(0);", 2, 12),
                Arguments.of("code after a block comment", "    /* a comment */ Runtime.getRuntime();", 1, 21),
                Arguments.of("a Unicode escape", "    \\u0053ystem.exit(0);", 1, 5),
                Arguments.of("a Unicode escape in a comment ends it", "    // x \\u000a Runtime.getRuntime().halt(0);", 1, 10));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("waysOut")
    void aWayOutInAConsequenceIsRefusedWhereItIsWritten(String what, String consequence, int line, int column) {
        List<RuleProblem> refusals = checkConsequence(consequence);

        assertThat(refusals).isNotEmpty();
        assertThat(refusals.get(0).location().line()).isEqualTo(THEN + line);
        assertThat(refusals.get(0).location().column()).isEqualTo(column);
        assertThat(refusals.get(0).message()).endsWith("refused unless the rule files are trusted code");
        assertThat(refusals.get(0).hint()).contains("--trust-rules");
    }

    @Test
    void waysOutOutsideRulesAreRefusedToo() {
        String text = """
                package mycampus.rules;

                import java.io.File;
                import static java.lang.System.exit;
                import function java.lang.System.exit;
                import accumulate mycampus.Evil evil;
                import java.nio.file.*;

                global java.io.File home;

                declare Worker extends java.lang.Thread
                    name : String
                end

                function void leave() {
                    Runtime.getRuntime().halt(0);
                }

                rule "MVEL reflection"
                    dialect "mvel"
                    @family(grid) @severity(INFO) @doc("x")
                when
                    $c : Object( this.class != null )
                then
                end
                """;

        assertThat(check(text)).extracting(p -> p.location().line()).containsExactly(3, 4, 5, 6, 7, 9, 11, 16, 23);
    }

    @Test
    void aPackageOfThePlannersOrJavasOwnIsRefused() {
        // in its package, a rule reaches the package's classes without importing them
        List<RuleProblem> refusals = check(HEAD.replace("package mycampus.rules;", "package io.gigawatt.planner.input;")
                + "    TextFiles.class.getName();\nend\n");

        assertThat(refusals).extracting(p -> p.location().line()).startsWith(1);
        assertThat(refusals.get(0).message()).startsWith("package 'io.gigawatt.planner.input' is a package of the"
                + " planner's, Java's or a library's own");
    }

    @Test
    void theDefaultPackAndTheGuidesExamplesWithTheDefaultVocabularysImportsAreDeclarative() throws IOException {
        List<RuleSource> guides = new ArrayList<>();
        for (String example : List.of("water-rules/water.dslr", "vocabulary-rules/generators.dslr",
                "grid-share-rules/long-low-grid-share.dslr")) {
            Path file = Path.of("../docs/planners/examples", example);
            guides.add(new RuleSource(file.toString(), Files.readString(file)));
        }

        assertThat(DeclarativeRules.refusals(DefaultPack.sources())).isEmpty();
        assertThat(DeclarativeRules.refusals(guides)).isEmpty();
    }

    private static final String STOPS = """
            package mycampus.rules;

            rule "Stops"
                @family(grid)
                @severity(INFO)
                @doc("x")
                @message("{phase}")
            when
                a phase
            then
                call Sys tem it(0)
            end
            """;

    @Test
    void aSentenceOfThePlannersVocabularyIsJudgedAsWhatItExpandsToAtThePlannersLine() {
        // neither file names the system: the sentence's pieces and the planner's words make System.exit(0) together
        List<RuleProblem> refusals = DeclarativeRules.refusals(List.of(
                new RuleSource("mine.dsl", "[then]call {a} {b} {c}={a}{b}.ex{c};\n"),
                new RuleSource("mine.dslr", STOPS)));

        assertThat(refusals).hasSize(1);
        assertThat(refusals.get(0).location()).hasToString("mine.dslr:11:5");
        assertThat(refusals.get(0).message()).startsWith("rule \"Stops\" (the sentence 'call Sys tem it(0)' expands to"
                + " code that) uses 'System'");
    }

    @Test
    void aPlannersVocabularyImportsOnlyWhatARuleFileMayAndItsCommentsAreWords() {
        List<RuleProblem> refusals = DeclarativeRules.refusals(List.of(new RuleSource("mine.dsl", """
                # the System's words in a comment, and an import a rule file may have
                [import]io.gigawatt.planner.plan.PhasePlan
                [import]java.io.File
                [when]- on a small grid=gridShare < 0.1
                """)));

        assertThat(refusals).extracting(p -> p.location().toString()).containsExactly("mine.dsl:3:9");
        assertThat(refusals.get(0).message()).startsWith("import of 'java.io.File', outside the planner's fact and"
                + " function packages");
    }

    @Test
    void datesMathStringsAndCommentsThatMentionTheSystemAreDeclarative() {
        String text = HEAD.replace("import function", "import java.time.LocalDate;\nimport java.time.temporal.ChronoUnit;\n"
                + "import io.gigawatt.planner.economics.CostItem;\nimport function")
                + """
                    // the cooling System, Runtime and exit are words here
                    long days = ChronoUnit.DAYS.between(java.time.LocalDate.of(2025, 1, 1), $p.date());
                    double units = Math.ceil($p.it().mw() / 3.0 - 1e-9);
                    String item = CostItem.FUEL.words() + " 'fuel' \\"System.exit(0)\\"";
                    insert(finding(kcontext, $p.name(), "System.exit(1) is not called: " + days + " " + units + item));
                end
                """;

        assertThat(check(text)).isEmpty();
    }
}
