package io.gigawatt.planner.rules;

import io.gigawatt.planner.input.InputException;
import io.gigawatt.planner.input.Location;
import io.gigawatt.planner.input.Problem;
import io.gigawatt.planner.input.TextFiles;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Reads a planner's rule files from disk. */
public final class RuleFiles {

    private RuleFiles() {
    }

    /**
     * The rule files at {@code path}: the {@code *.drl}, {@code *.dslr} and {@code *.dsl} files directly in it when it
     * is a folder, sorted by name,
     * or the file itself. Each is named by its path as given (so messages point where the planner looks).
     *
     * @throws NoSuchFileException   when nothing is at {@code path}
     * @throws RuleProblemsException when a file is not a regular file, is larger than the input limit or is not UTF-8
     *                               text: one problem per such file (a bad byte's at its place)
     */
    public static List<RuleSource> read(Path path) throws IOException, RuleProblemsException {
        if (!Files.exists(path)) {
            throw new NoSuchFileException(path.toString());
        }
        List<Path> files;
        if (Files.isDirectory(path)) {
            try (Stream<Path> listing = Files.list(path)) {
                // rules (.drl), rules in the planners' vocabulary (.dslr) and sentences of their own (.dsl)
                files = listing.filter(f -> f.getFileName().toString().matches(".*\\.(drl|dslr|dsl)") && Files.isRegularFile(f))
                        .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
                        .toList();
            }
        } else {
            files = List.of(path);
        }
        List<RuleSource> sources = new ArrayList<>();
        List<RuleProblem> notText = new ArrayList<>();
        for (Path file : files) {
            byte[] bytes;
            try {
                bytes = TextFiles.bytes(file, "a rule file");
            } catch (InputException e) {
                Problem problem = e.problems().get(0);
                notText.add(RuleProblem.error(problem.location(), problem.message(),
                        "give --rules a folder of .drl files or one .drl file"));
                continue;
            }
            CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
            ByteBuffer in = ByteBuffer.wrap(bytes);
            CharBuffer text = CharBuffer.allocate(bytes.length); // UTF-8 never takes fewer bytes than chars
            CoderResult result = decoder.decode(in, text, true);
            text.flip();
            if (result.isError()) {
                notText.add(notUtf8(file.toString(), text.toString(), in.position(), bytes[in.position()]));
            } else {
                sources.add(new RuleSource(file.toString(), text.toString()));
            }
        }
        if (!notText.isEmpty()) {
            throw new RuleProblemsException(notText);
        }
        return sources;
    }

    /** The problem of a file whose byte at {@code offset} is not UTF-8, located after the text before it. */
    private static RuleProblem notUtf8(String name, String before, int offset, byte bad) {
        // with a character after it, the text's last line is the bad byte's line, and its length the byte's column
        List<String> lines = (before + "?").lines().toList();
        Location location = new Location(name, lines.size(), lines.get(lines.size() - 1).length());
        return RuleProblem.error(location, String.format(Locale.ROOT,
                        "not UTF-8 text: byte 0x%02X (byte %,d of the file) is not a UTF-8 character", bad & 0xff, offset + 1),
                "save the file as UTF-8 (an editor's \"save with encoding\", or iconv -f latin1 -t utf-8 for"
                        + " Latin-1 text)");
    }
}
