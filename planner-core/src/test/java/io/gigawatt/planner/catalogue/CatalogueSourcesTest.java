package io.gigawatt.planner.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.gigawatt.planner.input.Node;
import io.gigawatt.planner.input.Node.Entry;
import io.gigawatt.planner.input.Node.MapNode;
import io.gigawatt.planner.input.Node.ScalarNode;
import io.gigawatt.planner.input.YamlFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The shipped catalogue's sources point at something a reader can open: a public address, or a file of the repository
 * that is there (a doc the project wrote in its own words, a measured trace), never at a file the repository lacks.
 */
class CatalogueSourcesTest {

    /** The repository's root, seen from the module the tests run in. */
    private static final Path ROOT = Path.of("..");
    /** A repository path as a source writes it: folders and a file name with its extension. */
    private static final Pattern REPO_PATH = Pattern.compile("[\\w.-]+(?:/[\\w.-]+)+\\.\\w+");

    @Test
    void everySourceNamesAPublicAddressOrAFileOfTheRepository() throws Exception {
        List<String> uncited = new ArrayList<>();
        for (Entry kind : entries(defaultCatalogue())) {
            for (Entry model : entries(kind.value())) {
                for (Entry figure : entries(model.value())) {
                    List<String> texts = switch (figure.key()) {
                        case "source" -> List.of(text(figure.value()));
                        case "sources" -> entries(figure.value()).stream().map(e -> text(e.value())).toList();
                        default -> List.of();
                    };
                    texts.stream().filter(t -> !cites(t))
                            .forEach(t -> uncited.add(kind.key() + "." + model.key() + "." + figure.key() + ": " + t));
                }
            }
        }

        assertThat(uncited).isEmpty();
    }

    @Test
    void aPathThatIsNotInTheRepositoryCitesNothing() {
        assertThat(cites("see docs/domain.md")).isFalse();
        assertThat(cites("see docs/accelerators.md")).isTrue();
        assertThat(cites("https://example.org/datasheet")).isTrue();
    }

    private static boolean cites(String source) {
        if (source.contains("https://")) {
            return true;
        }
        Matcher path = REPO_PATH.matcher(source);
        while (path.find()) {
            if (Files.isRegularFile(ROOT.resolve(path.group()))) {
                return true;
            }
        }
        return false;
    }

    private static Node defaultCatalogue() throws Exception {
        try (InputStream in = CatalogueReader.class.getClassLoader().getResourceAsStream(CatalogueReader.DEFAULT_RESOURCE)) {
            return YamlFiles.read(CatalogueReader.DEFAULT_RESOURCE, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Entry> entries(Node node) {
        return node instanceof MapNode map ? List.copyOf(map.entries().values()) : List.of();
    }

    private static String text(Node node) {
        return node instanceof ScalarNode scalar ? scalar.text() : "";
    }
}
