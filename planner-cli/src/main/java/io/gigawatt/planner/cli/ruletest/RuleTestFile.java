package io.gigawatt.planner.cli.ruletest;

import io.gigawatt.planner.input.Fields;
import io.gigawatt.planner.input.InputException;
import io.gigawatt.planner.input.Node;
import io.gigawatt.planner.input.Problems;
import io.gigawatt.planner.input.YamlFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a rule test file ({@code *.test.yaml} beside the rules): an optional {@code policy:}, then {@code tests:},
 * each with a {@code name}, a {@code scenario} (paths relative to the test file), an optional {@code change:}
 * mapping of scenario paths to values, and the findings it {@code expect}s and {@code expectNone}s of ({@code rule},
 * and optionally {@code subject} and {@code says}, a part of the message). Every mistake is located.
 */
public final class RuleTestFile {

    /** The name test files end with, in the folder of the rules they test. */
    public static final String SUFFIX = ".test.yaml";

    private RuleTestFile() {
    }

    public static List<RuleTest> read(Path file) throws InputException {
        Problems problems = new Problems();
        Fields root = Fields.of(YamlFiles.read(file), "", problems);
        Path folder = file.toAbsolutePath().getParent();
        Path policy = root.optionalText("policy").map(folder::resolve).orElse(null);
        List<RuleTest> tests = new ArrayList<>();
        for (Fields test : root.sections("tests", true)) {
            String name = test.text("name");
            Path scenario = folder.resolve(test.text("scenario"));
            Map<String, RuleTest.Change> changes = new LinkedHashMap<>();
            test.optionalSection("change").ifPresent(change -> change.entries().forEach(entry ->
                    changes.put(entry.key(), new RuleTest.Change(scalar(change, entry.value(), entry.key()),
                            entry.keyLocation()))));
            List<RuleTest.Expected> expected = findings(test, "expect");
            List<RuleTest.Expected> unexpected = findings(test, "expectNone");
            if (expected.isEmpty() && unexpected.isEmpty()) {
                problems.add(test.location(), test.path(), "the test expects nothing, expected 'expect:' or"
                        + " 'expectNone:' with the findings (rule: \"Rule name\") it is about");
            }
            test.rejectUnknownKeys();
            tests.add(new RuleTest(name, test.location(), scenario, policy, changes, expected, unexpected));
        }
        root.rejectUnknownKeys();
        problems.throwIfAny();
        return tests;
    }

    private static List<RuleTest.Expected> findings(Fields test, String key) {
        List<RuleTest.Expected> findings = new ArrayList<>();
        for (Fields finding : test.sections(key, false)) {
            findings.add(new RuleTest.Expected(finding.text("rule"), finding.optionalText("subject").orElse(null),
                    finding.optionalText("says").orElse(null)));
            finding.rejectUnknownKeys();
        }
        return findings;
    }

    /** A value as written, whatever YAML makes of it (a date, a number, a name), as sweep's --vary takes it. */
    private static String scalar(Fields section, Node node, String key) {
        return node instanceof Node.ScalarNode scalar ? scalar.text() : section.asText(node, section.pathOf(key));
    }
}
