package io.gigawatt.planner.cli.output;

import java.io.BufferedWriter;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Every file the planner writes at a path the user gave: reports, traces, sweep tables. A path may name a new file or
 * an existing regular file, never anything else: a symbolic link (neither followed nor replaced), a folder, a device
 * such as {@code /dev/null} or a FIFO are refused, and so is the input the output was made from. A new file gets the
 * permissions the user's umask gives; a replaced file keeps the permissions it had.
 */
public final class OutputFiles {

    /** A path the planner will not write to; the message names it: "PATH: what is wrong, expected ...". */
    public static final class Refused extends IOException {
        public Refused(String message) {
            super(message);
        }
    }

    /** Writes the content of a file. */
    public interface Content {
        void writeTo(Writer out) throws IOException;
    }

    private OutputFiles() {
    }

    /** The line that says why {@code path}, given as {@code option}, was not written: refused, or the disk's error. */
    public static String cannotWrite(String option, Path path, IOException e) {
        return e instanceof Refused ? "planner: " + option + " " + e.getMessage()
                : "planner: cannot write " + path + ": " + e.getMessage();
    }

    /** Writes {@code text} as {@code target}; see {@link #write(Path, Path, Content)}. */
    public static void write(Path target, Path input, String text) throws IOException {
        write(target, input, out -> out.write(text));
    }

    /**
     * Writes {@code target} whole or not at all: into a temporary file beside it, then renamed over it. Creates the
     * folders above it.
     *
     * @param input the file the output is made from, never replaced; null when there is none
     */
    public static void write(Path target, Path input, Content content) throws IOException {
        Path folder = folderOf(target);
        boolean replacing = check(target, input);
        Path temporary = createBeside(folder, target.getFileName().toString());
        try {
            // A plain file stream: a thread interrupted while it writes (a sweep stopped) cannot close it half-way.
            try (Writer out = new BufferedWriter(new OutputStreamWriter(new FileOutputStream(temporary.toFile()),
                    StandardCharsets.UTF_8))) {
                if (replacing) {
                    keepPermissions(target, temporary);
                }
                content.writeTo(out);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * Opens {@code target} to be written in place as the rows of a table come (an interrupted sweep keeps the rows
     * done): created, or emptied when it exists (keeping its permissions), after the same checks as {@link #write}.
     * A plain file stream, not a channel: a thread interrupted while it writes cannot close the file under a row.
     */
    public static Writer openForRows(Path target, Path input) throws IOException {
        folderOf(target);
        check(target, input);
        return new BufferedWriter(new OutputStreamWriter(new FileOutputStream(target.toFile()),
                StandardCharsets.UTF_8));
    }

    /** Creates {@code folder} and those above it when missing; refuses a path that is something else. */
    public static void createFolder(Path folder) throws IOException {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new Refused(folder + ": not a folder, expected a path to a new or existing folder");
        }
        Files.createDirectories(folder);
    }

    /** Whether {@code target} is a regular file to replace (false: there is none); refuses anything else. */
    private static boolean check(Path target, Path input) throws IOException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(target, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return false;
        }
        if (!attributes.isRegularFile()) {
            throw new Refused(target + ": not a regular file, expected a path to a new or existing file");
        }
        if (input != null && Files.exists(input) && Files.isSameFile(target, input)) {
            throw new Refused(target + ": the input it is made from; refusing to overwrite it, expected another path");
        }
        return true;
    }

    private static Path folderOf(Path target) throws IOException {
        Path folder = target.getParent() != null ? target.getParent() : target.toAbsolutePath().getParent();
        createFolder(folder);
        return folder;
    }

    /** A new empty file beside the target, made as any new file is (its permissions from the umask). */
    private static Path createBeside(Path folder, String name) throws IOException {
        while (true) {
            Path temporary = folder.resolve("." + name + "." + Long.toUnsignedString(
                    ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
            try {
                return Files.createFile(temporary);
            } catch (FileAlreadyExistsException e) {
                // another name
            }
        }
    }

    /** A replaced file keeps its permissions, as an editor saving it would. */
    private static void keepPermissions(Path target, Path temporary) throws IOException {
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(target, LinkOption.NOFOLLOW_LINKS);
            Files.setPosixFilePermissions(temporary, permissions);
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the file gets the permissions a new file gets
        }
    }
}
