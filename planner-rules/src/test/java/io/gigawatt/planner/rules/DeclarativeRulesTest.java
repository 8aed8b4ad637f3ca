package io.gigawatt.planner.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
    void theDefaultPackAndTheGuidesExampleAreDeclarative() throws IOException {
        Path water = Path.of("../docs/planners/examples/water-rules/water.dslr");

        assertThat(DeclarativeRules.refusals(DefaultPack.sources())).isEmpty();
        assertThat(DeclarativeRules.refusals(List.of(new RuleSource("water.dslr", Files.readString(water))))).isEmpty();
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
