package io.gigawatt.planner.rules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Reads a planner's rule files from disk. */
public final class RuleFiles {

    private RuleFiles() {
    }

    /**
     * The rule files at {@code path}: the {@code *.drl} files directly in it when it is a folder, sorted by name,
     * or the file itself. Each is named by its path as given (so messages point where the planner looks).
     *
     * @throws NoSuchFileException when nothing is at {@code path}
     */
    public static List<RuleSource> read(Path path) throws IOException {
        if (!Files.exists(path)) {
            throw new NoSuchFileException(path.toString());
        }
        List<Path> files;
        if (Files.isDirectory(path)) {
            try (Stream<Path> listing = Files.list(path)) {
                files = listing.filter(f -> f.getFileName().toString().endsWith(".drl") && Files.isRegularFile(f))
                        .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
                        .toList();
            }
        } else {
            files = List.of(path);
        }
        List<RuleSource> sources = new ArrayList<>();
        for (Path file : files) {
            sources.add(new RuleSource(file.toString(), Files.readString(file, StandardCharsets.UTF_8)));
        }
        return sources;
    }
}
