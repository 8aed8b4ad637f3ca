package io.gigawatt.planner.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.gigawatt.planner.input.Node.MapNode;
import io.gigawatt.planner.input.Node.ScalarNode;
import io.gigawatt.planner.input.Node.ScalarType;
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
}
