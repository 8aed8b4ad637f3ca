package io.gigawatt.planner.cache;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.CodeSource;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalAmount;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A folder of results kept between runs, each under a key that hashes everything it depends on. An entry is written
 * whole or not at all (through a temporary file), and read only when it is exactly what was written: its kind, its
 * format, its own key inside, and a checksum over its contents; anything else is ignored and computed afresh. The
 * most recently used entries are kept. A cache that cannot be read or written is skipped: it only saves time.
 */
public final class CacheFolder {

    private final Path folder;
    private final String kind;
    private final int format;
    private final String suffix;
    private final int kept;

    /**
     * @param kind   what the entries hold, written first in each (another kind's entry is never read)
     * @param format the layout's version: bump it when the contents or what the key covers change
     * @param suffix the entries' file suffix
     * @param kept   how many entries are kept; older ones are deleted when a new one is written
     */
    public CacheFolder(Path folder, String kind, int format, String suffix, int kept) {
        this.folder = folder;
        this.kind = kind;
        this.format = format;
        this.suffix = suffix;
        this.kept = kept;
    }

    /** The folder {@code dir} names, or null when it is null, blank, {@code off}, or not a path this system can name. */
    public static Path named(String dir) {
        try {
            return dir == null || dir.isBlank() || dir.equals("off") ? null : Path.of(dir);
        } catch (InvalidPathException e) {
            return null;
        }
    }

    public Path folder() {
        return folder;
    }

    /** The entries, most recent first. */
    public List<Path> entries() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> listing = Files.list(folder)) {
            return listing.filter(p -> p.getFileName().toString().endsWith(suffix))
                    .sorted(Comparator.comparing(CacheFolder::modified).reversed())
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Where the entry of {@code key} is (or would be) kept. */
    public Path entry(String key) {
        return folder.resolve(key + suffix);
    }

    /** The contents stored under {@code key}, or empty when there is no entry exactly as written. */
    public Optional<byte[]> read(String key) {
        Path file = entry(key);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            if (!kind.equals(in.readUTF()) || in.readInt() != format || !key.equals(in.readUTF())) {
                return Optional.empty();
            }
            byte[] checksum = in.readNBytes(length(in));
            byte[] contents = in.readNBytes(length(in));
            if (!Arrays.equals(checksum, sha256().digest(contents)) || in.read() != -1) {
                return Optional.empty();
            }
            touch(file);
            return Optional.of(contents);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Stores {@code contents} under {@code key}, whole or not at all, and keeps the most recent entries. */
    public void write(String key, byte[] contents) {
        Path temp = null;
        try {
            Files.createDirectories(folder);
            temp = Files.createTempFile(folder, key, ".tmp");
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temp)))) {
                out.writeUTF(kind);
                out.writeInt(format);
                out.writeUTF(key);
                byte[] checksum = sha256().digest(contents);
                out.writeInt(checksum.length);
                out.write(checksum);
                out.writeInt(contents.length);
                out.write(contents);
            }
            Files.move(temp, entry(key), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            temp = null;
            List<Path> entries = entries();
            for (Path old : entries.subList(Math.min(kept, entries.size()), entries.size())) {
                Files.deleteIfExists(old);
            }
        } catch (IOException | RuntimeException e) {
            // an optimisation only: the result was computed and used all the same
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    // left behind: a .tmp file is never read
                }
            }
        }
    }

    /** A SHA-256 of {@code places}: a jar by its path, size and time, a folder by every file's name and contents. */
    public static String fingerprint(Collection<Path> places) {
        MessageDigest sha = sha256();
        try (DataOutputStream out = new DataOutputStream(new DigestOutputStream(OutputStream.nullOutputStream(), sha))) {
            for (Path place : places) {
                writeText(out, place.toString());
                if (Files.isDirectory(place)) {
                    List<Path> files;
                    try (Stream<Path> walk = Files.walk(place)) {
                        files = walk.filter(Files::isRegularFile).sorted().toList();
                    }
                    for (Path file : files) {
                        writeText(out, place.relativize(file).toString());
                        byte[] content = Files.readAllBytes(file);
                        out.writeInt(content.length);
                        out.write(content);
                    }
                } else {
                    out.writeLong(Files.size(place));
                    out.writeLong(Files.getLastModifiedTime(place).to(TimeUnit.NANOSECONDS));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** A SHA-256 of the jars or class folders {@code types} were loaded from (each place once): the code's identity. */
    public static String fingerprintOf(Class<?>... types) {
        return fingerprint(Stream.of(types).flatMap(type -> place(type).stream()).distinct().toList());
    }

    /** The jar or class folder {@code type} was loaded from, if known. */
    public static Optional<Path> place(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(source.getLocation().toURI()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A key: the hex SHA-256 of what {@code contents} writes. */
    public static String key(KeyContents contents) {
        MessageDigest sha = sha256();
        try (DataOutputStream out = new DataOutputStream(new DigestOutputStream(OutputStream.nullOutputStream(), sha))) {
            contents.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** Writes what a key covers. */
    @FunctionalInterface
    public interface KeyContents {
        void writeTo(DataOutputStream out) throws IOException;
    }

    /**
     * Writes a value exactly, for a key: a record as its class and every component in turn, numbers by their bits,
     * lists in their order, sets and maps in an order of their own (a map's iteration order is not part of its value,
     * and {@code Map.of}'s changes from one run to the next), text, enums and java.time values by name; anything else
     * cannot be keyed (an {@link IllegalArgumentException}). Not {@code toString()}: the unit types print rounded
     * figures. A caller to whom a map's order matters keys it as well.
     */
    public static void writeValue(DataOutputStream out, Object value) throws IOException {
        if (value == null) {
            out.writeByte('0');
        } else if (value instanceof Record record) {
            out.writeByte('R');
            out.writeUTF(record.getClass().getName());
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                try {
                    writeValue(out, component.getAccessor().invoke(record));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalArgumentException("cannot read " + component + " to key it", e);
                }
            }
        } else if (value instanceof Double || value instanceof Float) {
            out.writeByte('D');
            out.writeLong(Double.doubleToLongBits(((Number) value).doubleValue()));
        } else if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            out.writeByte('L');
            out.writeLong(((Number) value).longValue());
        } else if (value instanceof Boolean b) {
            out.writeByte(b ? 'T' : 'F');
        } else if (value instanceof String || value instanceof Enum<?> || value instanceof TemporalAmount
                || value instanceof TemporalAccessor) {
            out.writeByte('S');
            writeText(out, value.getClass().getName() + ":" + value);
        } else if (value instanceof List<?> list) {
            out.writeByte('C');
            out.writeInt(list.size());
            for (Object element : list) {
                writeValue(out, element);
            }
        } else if (value instanceof Set<?> set) {
            writeUnordered(out, 'U', set, (element, to) -> writeValue(to, element));
        } else if (value instanceof Map<?, ?> map) {
            writeUnordered(out, 'M', map.entrySet(), (entry, to) -> {
                writeValue(to, entry.getKey());
                writeValue(to, entry.getValue());
            });
        } else {
            throw new IllegalArgumentException("cannot key a " + value.getClass().getName());
        }
    }

    private interface ElementWriter<T> {
        void write(T element, DataOutputStream out) throws IOException;
    }

    /** Elements written each on its own, then in the order of their bytes. */
    private static <T> void writeUnordered(DataOutputStream out, int tag, Collection<T> elements,
                                           ElementWriter<T> writer) throws IOException {
        List<byte[]> written = new ArrayList<>(elements.size());
        for (T element : elements) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (DataOutputStream to = new DataOutputStream(bytes)) {
                writer.write(element, to);
            }
            written.add(bytes.toByteArray());
        }
        written.sort(Arrays::compare);
        out.writeByte(tag);
        out.writeInt(written.size());
        for (byte[] element : written) {
            out.writeInt(element.length);
            out.write(element);
        }
    }

    /** Text of any length, as {@link #readText} reads it back. */
    public static void writeText(DataOutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    public static String readText(DataInputStream in) throws IOException {
        return new String(in.readNBytes(length(in)), StandardCharsets.UTF_8);
    }

    private static int length(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > 1 << 28) {
            throw new IOException("not a cache entry");
        }
        return length;
    }

    private static void touch(Path file) {
        try {
            Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis()));
        } catch (IOException e) {
            // only the pruning order suffers
        }
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
