package io.gigawatt.planner.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The HTML report as a reader sees it: written by the real command line, drawn by headless Chromium in a frame as wide
 * as a phone (420 px), and measured there by {@code chromium/reader-checks.js}: no label over another or over a line or
 * bar, a year on every date axis, the policy's minimum grid share drawn, an accessible name on every chart and figure,
 * and a page no wider than the screen but for a table's own scroll container. Colossus falls below the policy's
 * minimum; Texas stays above it, and still shows the line.
 *
 * <p>Without Chromium the test is skipped, saying how to install it; with {@code -Dplanner.chromium=required} (CI) a
 * missing browser fails it.
 */
class ReportInChromiumTest {

    private static final String REQUIRED = "planner.chromium";

    @ParameterizedTest
    @ValueSource(strings = {"colossus", "texas"})
    void aReaderSeesEveryChartWhole(String example, @TempDir Path dir) throws IOException, InterruptedException {
        Path browser = browser();
        CliRun run = CliRun.of("evaluate", "../examples/" + example + ".yaml", "--format", "html", "--out", dir.toString());
        assertThat(run.exitCode()).as(run.err()).isIn(ExitCode.FEASIBLE.code(), ExitCode.INFEASIBLE.code());

        String page = Files.readString(dir.resolve(example + ".html"), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("report.html"), page.replace("</body>", "<script>" + resource("reader-checks.js")
                + "</script>\n</body>"), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("phone.html"), resource("phone.html"), StandardCharsets.UTF_8);

        Element verdicts = Jsoup.parse(dumpDom(browser, dir.resolve("phone.html"), dir)).getElementById("reader-checks");
        assertThat(verdicts).as("the checks ran in the page and posted what they found").isNotNull();
        List<String> problems = verdicts.wholeText().lines().filter(l -> !l.isBlank()).toList();
        assertThat(problems).as("what a reader of " + example + "'s report would stumble on").isEmpty();
    }

    /** The page's DOM once it has loaded and its scripts have run, from a fresh profile without network or GPU. */
    private static String dumpDom(Path browser, Path page, Path dir) throws IOException, InterruptedException {
        Path profile = Files.createDirectories(dir.resolve("profile"));
        Path dom = dir.resolve("dom.html");
        Process chromium = new ProcessBuilder(browser.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--hide-scrollbars", "--user-data-dir=" + profile, "--window-size=800,1000",
                // virtual time: the page's message to its frame's parent is delivered before the DOM is dumped
                "--virtual-time-budget=10000", "--dump-dom", page.toUri().toString())
                .redirectOutput(dom.toFile()).redirectError(dir.resolve("chromium.log").toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        int code = chromium.waitFor();
        assertThat(code).as("chromium's exit; its log: " + Files.readString(dir.resolve("chromium.log"))).isZero();
        return Files.readString(dom, StandardCharsets.UTF_8);
    }

    /** Chromium on the PATH; without it the test is skipped, or fails when the build requires the browser. */
    private static Path browser() {
        Optional<Path> found = Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .flatMap(folder -> Stream.of("chromium", "chromium-browser", "google-chrome")
                        .map(name -> Path.of(folder, name)))
                .filter(Files::isExecutable).findFirst();
        String missing = "no Chromium on the PATH to draw the HTML report; install it (Debian: apt-get install -y"
                + " chromium) to run this test";
        if (found.isEmpty() && "required".equals(System.getProperty(REQUIRED))) {
            fail(missing + " (-D" + REQUIRED + "=required)");
        }
        Assumptions.assumeTrue(found.isPresent(), missing);
        return found.get();
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ReportInChromiumTest.class.getResourceAsStream("/chromium/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
