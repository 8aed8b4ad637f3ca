package io.gigawatt.planner.cli.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a report whole or not at all: into a temporary file beside the target, then renamed over it.
 * A report never replaces the scenario it was made from.
 */
public final class ReportWriter {

    private ReportWriter() {
    }

    /** Writes {@code text} as {@code dir/fileName}, creating {@code dir}; returns the path written. */
    public static Path write(Path dir, String fileName, String text, Path input) throws IOException {
        Files.createDirectories(dir);
        Path target = dir.resolve(fileName);
        if (Files.exists(target) && Files.exists(input) && Files.isSameFile(target, input)) {
            throw new IOException(target + " is the scenario itself; refusing to overwrite it, expected another --out folder");
        }
        Path temporary = Files.createTempFile(dir, "." + fileName + ".", ".tmp");
        try {
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            readableByAll(temporary);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return target;
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** A temporary file is private to its owner; a report is for others to read, as any file the user writes. */
    private static void readableByAll(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the file keeps the permissions it was made with
        }
    }
}
