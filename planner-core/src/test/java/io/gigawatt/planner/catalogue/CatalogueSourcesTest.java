package io.gigawatt.planner.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.gigawatt.planner.input.Node;
import io.gigawatt.planner.input.YamlFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The built-in catalogue's sources, every entry's and every figure's, point at what a reader can open: a public web
 * address, or a file in this repository that is there (an assumption names the doc that argues it).
 */
class CatalogueSourcesTest {

    private static final Path REPOSITORY = Path.of("..");
    private static final Path CATALOGUE = Path.of("src/main/resources", CatalogueReader.DEFAULT_RESOURCE);
    private static final Pattern ADDRESS = Pattern.compile("\\w+://\\S+");
    /** An address anyone can open: on the web, not on this machine. */
    private static final Pattern PUBLIC = Pattern.compile("https?://(?!localhost|127\\.|\\[)[\\w-]+\\.[\\w.-]+");
    /** A document named by its path or file name: words, slashes and dots ending in a file type. */
    private static final Pattern FILE = Pattern.compile("[\\w./-]*\\w\\.(?:md|csv|ya?ml|json|pdf|txt|java|html)\\b");

    @Test
    void everyEntryNamesAnAddressOrAFileOfTheRepository() throws Exception {
        List<String> unsourced = new ArrayList<>();
        for (Source source : sources()) {
            if (!ADDRESS.matcher(source.text()).find() && files(source.text()).isEmpty()) {
                unsourced.add(source.where() + ": " + source.text());
            }
        }
        assertThat(unsourced).isEmpty();
    }

    @Test
    void everyAddressIsPublicAndEveryFileNamedIsThere() throws Exception {
        List<String> broken = new ArrayList<>();
        for (Source source : sources()) {
            Matcher address = ADDRESS.matcher(source.text());
            while (address.find()) {
                if (!PUBLIC.matcher(address.group()).lookingAt()) {
                    broken.add(source.where() + ": not a public web address: " + address.group());
                }
            }
            for (String file : files(source.text())) {
                if (!Files.isRegularFile(REPOSITORY.resolve(file))) {
                    broken.add(source.where() + ": no file " + file + " in the repository");
                }
            }
        }
        assertThat(broken).isEmpty();
    }

    /** The files a source names outside its addresses. */
    private static List<String> files(String text) {
        return FILE.matcher(ADDRESS.matcher(text).replaceAll(" ")).results().map(java.util.regex.MatchResult::group).toList();
    }

    private record Source(String where, String text) {
    }

    /** Every {@code source} and every value under {@code sources} of every entry, as written. */
    private static List<Source> sources() throws Exception {
        Node.MapNode root = (Node.MapNode) YamlFiles.read(CATALOGUE);
        List<Source> found = new ArrayList<>();
        for (Node.Entry kind : root.entries().values()) {
            for (Node.Entry model : ((Node.MapNode) kind.value()).entries().values()) {
                for (Node.Entry figure : ((Node.MapNode) model.value()).entries().values()) {
                    if (figure.key().equals("source")) {
                        found.add(new Source(figure.value().location().toString(), text(figure.value())));
                    } else if (figure.key().equals("sources")) {
                        for (Node.Entry each : ((Node.MapNode) figure.value()).entries().values()) {
                            found.add(new Source(each.value().location().toString() + " (" + each.key() + ")", text(each.value())));
                        }
                    }
                }
            }
        }
        assertThat(found).hasSizeGreaterThan(100);
        return found;
    }

    private static String text(Node node) {
        return ((Node.ScalarNode) node).text();
    }
}
