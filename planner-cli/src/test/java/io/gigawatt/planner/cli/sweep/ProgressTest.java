package io.gigawatt.planner.cli.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressTest {

    @Test
    void theLastLineCoversTheLongerOneBeforeIt() {
        StringWriter written = new StringWriter();
        Progress progress = new Progress(new PrintWriter(written));

        progress.done(1, 10);
        assertThat(screen(written.toString())).contains("1 / 10 variants").endsWith(" s left");
        progress.done(10, 10);

        // what a terminal shows once the carriage returns have drawn each line over the one before
        assertThat(screen(written.toString())).startsWith("10 / 10 variants [##############################] 100%")
                .doesNotContain("left");
    }

    @Test
    void progressGoesWhereStderrIsATerminalWhateverStdoutIs(@TempDir Path dir) throws IOException {
        Path toTerminal = Files.createSymbolicLink(dir.resolve("2"), Path.of("/dev/pts/3"));
        Path toFile = Files.createSymbolicLink(dir.resolve("1"), dir.resolve("report.txt"));

        assertThat(Progress.terminal(toTerminal)).isTrue();
        assertThat(Progress.terminal(toFile)).isFalse();
        assertThat(Progress.terminal(dir.resolve("missing"))).isFalse();
    }

    /** The visible line: each carriage return moves back to its start, and what follows overwrites it. */
    private static String screen(String written) {
        StringBuilder line = new StringBuilder();
        int at = 0;
        for (char c : written.toCharArray()) {
            if (c == '\r') {
                at = 0;
            } else if (c == '\n') {
                break;
            } else if (at < line.length()) {
                line.setCharAt(at++, c);
            } else {
                line.append(c);
                at++;
            }
        }
        return line.toString().stripTrailing();
    }
}
