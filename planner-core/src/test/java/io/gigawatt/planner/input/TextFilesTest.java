package io.gigawatt.planner.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Input files are read whole but never past the limit, and what is not a file is not read at all. */
class TextFilesTest {

    @TempDir
    Path dir;

    private static String refusal(Path file) {
        return catchThrowableOfType(InputException.class, () -> TextFiles.read(file, "a YAML file"))
                .problems().get(0).toString();
    }

    @Test
    void refusesADeviceThatNeverEnds() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero), "a system with /dev/zero");

        assertThat(refusal(zero)).isEqualTo(
                "/dev/zero:1:1: not a regular file (a device, a pipe or a socket), expected a YAML file");
    }

    @Test
    void refusesAPipeWithoutWaitingOnIt() throws IOException, InterruptedException {
        Path fifo = dir.resolve("fifo.yaml");
        int made;
        try {
            made = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor();
        } catch (IOException e) {
            made = -1;
        }
        assumeTrue(made == 0, "a system with mkfifo");

        assertThat(refusal(fifo)).endsWith(
                "fifo.yaml:1:1: not a regular file (a device, a pipe or a socket), expected a YAML file");
    }

    @Test
    void refusesAFolder() {
        assertThat(refusal(dir)).isEqualTo(dir + ":1:1: a folder, expected a YAML file");
    }

    @Test
    void refusesAFileOneBytePastTheLimitAndReadsOneAtIt() throws IOException, InputException {
        Path atLimit = fileOf(InputLimits.FILE_BYTES);
        Path past = fileOf(InputLimits.FILE_BYTES + 1L);

        assertThat(TextFiles.read(atLimit, "a YAML file")).hasSize(InputLimits.FILE_BYTES);
        assertThat(refusal(past)).isEqualTo(past + ":1:1: larger than 8 MB, expected a YAML file of at most 8 MB");
    }

    @Test
    void refusesAHugeFileAfterReadingNoMoreThanTheLimit() throws IOException {
        Path huge = fileOf(200L * 1024 * 1024);

        assertThat(refusal(huge)).endsWith("larger than 8 MB, expected a YAML file of at most 8 MB");
    }

    /** A file of {@code bytes} zero bytes (sparse: it takes no room on the disk). */
    private Path fileOf(long bytes) throws IOException {
        Path file = dir.resolve(bytes + ".yaml");
        try (RandomAccessFile out = new RandomAccessFile(file.toFile(), "rw")) {
            out.setLength(bytes);
        }
        return file;
    }
}
