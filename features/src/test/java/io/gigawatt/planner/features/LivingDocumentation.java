package io.gigawatt.planner.features;

import io.cucumber.messages.types.Envelope;
import io.cucumber.messages.types.Examples;
import io.cucumber.messages.types.Feature;
import io.cucumber.messages.types.GherkinDocument;
import io.cucumber.messages.types.Scenario;
import io.cucumber.messages.types.Step;
import io.cucumber.messages.types.TableRow;
import io.cucumber.messages.types.Tag;
import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestRunFinished;
import io.gigawatt.planner.cli.document.html.HtmlWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The features as one page for people who read them, written at the end of every run
 * ({@code cucumber.plugin=io.gigawatt.planner.features.LivingDocumentation:target/living-documentation.html}): each
 * feature by its title with its description, its rules and their scenarios with their steps and whether they passed,
 * the tags to filter by (a rule family, a campus) and the glossary of {@code docs/glossary.md}. No file paths, no
 * durations or dates: the same features and results give the same page.
 */
public final class LivingDocumentation implements ConcurrentEventListener {

    private static final Path GLOSSARY = Path.of("..", "docs", "glossary.md");

    private final Path out;
    private final Map<String, Feature> features = new ConcurrentHashMap<>();
    /** Each test case's result, by its feature file and line (a scenario's, or an example row's). */
    private final Map<String, Status> results = new ConcurrentHashMap<>();

    public LivingDocumentation(String out) {
        this.out = Path.of(out);
    }

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        publisher.registerHandlerFor(Envelope.class, e -> e.getGherkinDocument().ifPresent(this::read));
        publisher.registerHandlerFor(TestCaseFinished.class, e -> results.merge(
                e.getTestCase().getUri() + ":" + e.getTestCase().getLocation().getLine(), e.getResult().getStatus(),
                (a, b) -> a == Status.PASSED ? b : a));
        publisher.registerHandlerFor(TestRunFinished.class, e -> write());
    }

    private void read(GherkinDocument document) {
        document.getFeature().ifPresent(f -> features.put(document.getUri().orElse(f.getName()), f));
    }

    private void write() {
        StringBuilder page = new StringBuilder(HtmlWriter.head("Gigawatt Planner: the rules in plain words"))
                .append("<h1>Gigawatt Planner: the rules in plain words</h1>\n<p class=\"intro\">What the planner"
                        + " checks, in scenarios the build runs against the real engine. Show only the features"
                        + " tagged:</p>\n"
                        + "<nav class=\"tags\"><button data-tag=\"\">all</button>");
        Map<String, Feature> sorted = new TreeMap<>(features);
        new TreeSet<>(sorted.values().stream().flatMap(f -> f.getTags().stream()).map(Tag::getName).toList())
                .forEach(tag -> page.append(" <button data-tag=\"").append(esc(tag)).append("\">").append(esc(tag))
                        .append("</button>"));
        page.append("</nav>\n");
        glossary(page);
        sorted.forEach((uri, feature) -> feature(page, uri, feature));
        page.append(FILTER).append("</main>\n</body>\n</html>\n");
        try {
            Files.createDirectories(out.toAbsolutePath().getParent());
            Files.writeString(out, page, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void feature(StringBuilder page, String uri, Feature feature) {
        String tags = feature.getTags().stream().map(Tag::getName).collect(Collectors.joining(" "));
        page.append("<section class=\"feature\" data-tags=\"").append(esc(tags)).append("\">\n<h2>")
                .append(esc(feature.getName())).append("</h2>\n<p class=\"tags\">").append(esc(tags)).append("</p>\n");
        paragraphs(page, feature.getDescription());
        feature.getChildren().forEach(child -> {
            child.getScenario().ifPresent(s -> scenario(page, uri, s));
            child.getRule().ifPresent(rule -> {
                page.append("<h3>").append(esc(rule.getName())).append("</h3>\n");
                paragraphs(page, rule.getDescription());
                rule.getChildren().forEach(c -> c.getScenario().ifPresent(s -> scenario(page, uri, s)));
            });
        });
        page.append("</section>\n");
    }

    private void scenario(StringBuilder page, String uri, Scenario scenario) {
        List<Long> lines = new ArrayList<>(List.of(scenario.getLocation().getLine()));
        scenario.getExamples().forEach(x -> x.getTableBody().forEach(row -> lines.add(row.getLocation().getLine())));
        List<Status> statuses = lines.stream().map(line -> results.get(uri + ":" + line))
                .filter(java.util.Objects::nonNull).toList();
        String status = statuses.isEmpty() ? "not run" : statuses.stream().allMatch(s -> s == Status.PASSED) ? "passed"
                : "failed";
        page.append("<div class=\"scenario\"><h4><span class=\"badge ").append(status.replace(' ', '-')).append("\">")
                .append(status).append("</span> ").append(esc(scenario.getName()))
                .append("</h4>\n<ul class=\"steps\">\n");
        for (Step step : scenario.getSteps()) {
            page.append("<li><strong>").append(esc(step.getKeyword().strip())).append("</strong> ")
                    .append(esc(step.getText())).append("</li>\n");
        }
        page.append("</ul>\n");
        scenario.getExamples().forEach(x -> examples(page, x));
        page.append("</div>\n");
    }

    private static void examples(StringBuilder page, Examples examples) {
        page.append("<table>\n");
        examples.getTableHeader().ifPresent(h -> page.append("<thead>").append(row(h, "th")).append("</thead>\n"));
        page.append("<tbody>\n");
        examples.getTableBody().forEach(r -> page.append(row(r, "td")).append('\n'));
        page.append("</tbody>\n</table>\n");
    }

    private static String row(TableRow row, String cell) {
        return row.getCells().stream().map(c -> "<" + cell + ">" + esc(c.getValue()) + "</" + cell + ">")
                .collect(Collectors.joining("", "<tr>", "</tr>"));
    }

    /** The glossary's terms ("- **term**: what it means" lines of docs/glossary.md), as a definition list. */
    private static void glossary(StringBuilder page) {
        List<String> terms;
        try {
            terms = Files.readAllLines(GLOSSARY, StandardCharsets.UTF_8).stream().filter(l -> l.startsWith("- **"))
                    .sorted(Comparator.comparing(String::toLowerCase)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        page.append("<details open><summary>Glossary</summary>\n<dl>\n");
        for (String line : terms) {
            int end = line.indexOf("**:", 4);
            page.append("<dt>").append(esc(line.substring(4, end))).append("</dt><dd>")
                    .append(esc(line.substring(end + 3).strip())).append("</dd>\n");
        }
        page.append("</dl>\n</details>\n");
    }

    private static void paragraphs(StringBuilder page, String text) {
        if (!text.isBlank()) {
            page.append("<p>").append(esc(text.strip().replaceAll("\\s*\\n\\s*", " "))).append("</p>\n");
        }
    }

    private static String esc(String text) {
        return HtmlWriter.esc(text);
    }

    /** Tag buttons show the features with that tag (all of them for "all"); nothing is fetched. */
    private static final String FILTER = """
            <script>
            document.querySelectorAll('nav.tags button').forEach(function (button) {
              button.addEventListener('click', function () {
                var tag = button.getAttribute('data-tag');
                document.querySelectorAll('section.feature').forEach(function (f) {
                  f.hidden = tag !== '' && f.getAttribute('data-tags').split(' ').indexOf(tag) < 0;
                });
              });
            });
            </script>
            """;
}
