package io.gigawatt.planner.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.gigawatt.planner.input.Node.MapNode;
import io.gigawatt.planner.input.Node.ScalarNode;
import io.gigawatt.planner.input.Node.ScalarType;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class YamlFilesTest {

    @Test
    void remembersWhereEveryKeyAndValueIsWritten() throws InputException {
        Node root = YamlFiles.read("s.yaml", "name: x\nsite:\n  designAmbientC: 35\n  quoted: \"35\"\n");

        MapNode site = (MapNode) ((MapNode) root).entries().get("site").value();
        Node.Entry ambient = site.entries().get("designAmbientC");
        assertThat(ambient.keyLocation()).isEqualTo(new Location("s.yaml", 3, 3));
        assertThat(ambient.value().location()).isEqualTo(new Location("s.yaml", 3, 19));
        assertThat(((ScalarNode) ambient.value()).type()).isEqualTo(ScalarType.NUMBER);
        assertThat(((ScalarNode) site.entries().get("quoted").value()).type()).isEqualTo(ScalarType.TEXT);
    }

    @Test
    void refusesAKeyWrittenTwiceNamingItsPath() {
        InputException e = catchThrowableOfType(InputException.class,
                () -> YamlFiles.read("s.yaml", "site:\n  pue: 1\n  pue: 2\n"));

        assertThat(e.problems()).singleElement().hasToString(
                "s.yaml:3:3: site.pue: written twice (first at line 2), expected each key once");
    }

    @Test
    void refusesASecondDocument() {
        InputException e = catchThrowableOfType(InputException.class,
                () -> YamlFiles.read("s.yaml", "a: 1\n---\nb: 2\n"));

        assertThat(e.problems().get(0).message()).contains("a second YAML document");
    }

    @Test
    void refusesALineLongerThanTheLimitBeforeParsingIt() {
        String line = "name: " + "x".repeat(50_000_000);

        InputException e = catchThrowableOfType(InputException.class, () -> YamlFiles.read("s.yaml", "a: 1\n" + line));

        assertThat(e.problems()).singleElement().hasToString("s.yaml:2:100001: a line of 50,000,006 characters, expected"
                + " lines of at most 100,000 (and values of at most 10,000)");
    }

    @Test
    void refusesAValueLongerThanTheLimitWhereItIsWritten() {
        String longName = "word ".repeat(2_001).strip();

        InputException e = catchThrowableOfType(InputException.class,
                () -> YamlFiles.read("s.yaml", "site:\n  name: " + longName + "\n"));

        assertThat(e.problems()).singleElement().hasToString(
                "s.yaml:2:9: site.name: a value of 10,004 characters, expected at most 10,000");
    }

    @Test
    void readsAValueAtTheLimitAndAFileOfThemUpToTheFileLimit() throws InputException {
        String value = "x".repeat(InputLimits.VALUE_CHARS);
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() + value.length() + 20 < InputLimits.FILE_BYTES; i++) {
            text.append("key").append(i).append(": ").append(value).append('\n');
        }

        MapNode root = (MapNode) YamlFiles.read("s.yaml", text.toString());

        assertThat(root.entries()).hasSizeGreaterThan(800);
        assertThat(((ScalarNode) root.entries().get("key0").value()).text()).isEqualTo(value);
    }

    @Test
    void aValueYamlReadsAsNotANumberOrInfinityIsNoNumberAFieldCanTake() throws InputException {
        MapNode root = (MapNode) YamlFiles.read("s.yaml", "a: .nan\nb: -.Inf\nc: 0x1F\nd: 1_000\ne: 1e400\n");

        assertThat(root.entries().values()).extracting(entry -> ((ScalarNode) entry.value()).number())
                .containsExactly(OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(),
                        OptionalDouble.of(1000), OptionalDouble.empty());
    }
}
