package io.gigawatt.planner.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads an input file whole, but never more than {@link InputLimits#FILE_BYTES}: a device ({@code /dev/zero}), a pipe
 * or a file the size of a disk is refused before it fills the heap, and a pipe is not even opened (it would wait).
 */
public final class TextFiles {

    /** The name by which a planner gives standard input as a file: {@code planner evaluate - < campus.yaml}. */
    public static final Path STANDARD_INPUT = Path.of("-");

    /** How messages and reports name standard input. */
    public static final String STANDARD_INPUT_NAME = "<stdin>";

    /** Standard input's bytes, read once (plan reads a scenario twice), and the stream they came from. */
    private static InputStream readFrom;
    private static byte[] standardInput;

    private TextFiles() {
    }

    /** How {@code file} is named in messages and reports: {@code <stdin>}, or {@link #shown as a reader finds it}. */
    public static String nameOf(Path file) {
        return file.equals(STANDARD_INPUT) ? STANDARD_INPUT_NAME : shown(file);
    }

    /** The UTF-8 text of {@code file}; {@code kind} ("a YAML file") names what it should be in messages. */
    public static String read(Path file, String kind) throws InputException {
        return read(file, kind, InputLimits.FILE_BYTES);
    }

    /** As {@link #read(Path, String)}, for a file that may hold up to {@code most} bytes. */
    public static String read(Path file, String kind, int most) throws InputException {
        byte[] bytes = bytes(file, kind, most);
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw refused(file, "not UTF-8 text, expected " + kind);
        }
    }

    /** The bytes of {@code file}, refused as {@link #read} refuses it, for a reader that decodes them itself. */
    public static byte[] bytes(Path file, String kind) throws InputException {
        return bytes(file, kind, InputLimits.FILE_BYTES);
    }

    private static byte[] bytes(Path file, String kind, int most) throws InputException {
        if (file.equals(STANDARD_INPUT)) {
            return standardInput(kind);
        }
        if (Files.isDirectory(file)) {
            throw refused(file, "a folder, expected " + kind);
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw refused(file, "not a regular file (a device, a pipe or a socket), expected " + kind);
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            // one byte more than allowed tells a file at the limit from one past it, whatever size it claims
            bytes = in.readNBytes(most + 1);
        } catch (NoSuchFileException e) {
            throw refused(file, "no such file");
        } catch (IOException e) {
            throw refused(file, "cannot be read: " + e.getMessage());
        }
        return limited(bytes, file, kind, most);
    }

    private static synchronized byte[] standardInput(String kind) throws InputException {
        if (readFrom != System.in) {
            try {
                standardInput = limited(System.in.readNBytes(InputLimits.FILE_BYTES + 1), STANDARD_INPUT, kind,
                        InputLimits.FILE_BYTES);
            } catch (IOException e) {
                throw refused(STANDARD_INPUT, "cannot be read: " + e.getMessage());
            }
            readFrom = System.in;
        }
        return standardInput;
    }

    private static byte[] limited(byte[] bytes, Path file, String kind, int most) throws InputException {
        if (bytes.length > most) {
            String size = InputLimits.megabytes(most);
            throw refused(file, "larger than " + size + ", expected " + kind + " of at most " + size);
        }
        return bytes;
    }

    /**
     * A file as messages and reports name it: relative to the folder the command runs in when it lies there (as the
     * README's commands write it, however it was given), as given when it lies outside (absolute if given so).
     */
    public static String shown(Path file) {
        Path here = Path.of("").toAbsolutePath();
        Path absolute = file.toAbsolutePath().normalize();
        return absolute.startsWith(here) && !absolute.equals(here) ? here.relativize(absolute).toString()
                : file.toString();
    }

    private static InputException refused(Path file, String message) {
        return new InputException(new Problem(new Location(nameOf(file), 1, 1), "", message));
    }
}
