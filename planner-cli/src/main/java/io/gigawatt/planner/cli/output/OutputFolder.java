package io.gigawatt.planner.cli.output;

import io.gigawatt.planner.input.TextFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * {@code --out DIR} as every command takes it: a folder, made when missing, that the planner writes its files into,
 * each named after the input it is made from (evaluate's {@code DIR/colossus.md}, plan's
 * {@code DIR/colossus-plan.yaml}, sweep's {@code DIR/colossus-sweep.csv}), never over that input.
 */
public final class OutputFolder {

    private OutputFolder() {
    }

    /**
     * {@code folder/NAME.EXTENSION}. Refuses a folder that names a file: an existing file, or a new path ending in
     * {@code .EXTENSION} (as {@code --out table.csv} would be read when --out named a file), rather than making a
     * folder of that name.
     */
    public static Path file(Path folder, String name, String extension) throws OutputFiles.Refused {
        String file = name + "." + extension;
        boolean namesAFile = Files.exists(folder) ? !Files.isDirectory(folder) : folder.getFileName() != null
                && folder.getFileName().toString().toLowerCase(Locale.ROOT).endsWith("." + extension);
        if (namesAFile) {
            throw new OutputFiles.Refused(folder + ": names a file, expected a folder to write " + file + " into");
        }
        return folder.resolve(file);
    }

    /** A file's name without its extension: "colossus" for examples/colossus.yaml; "stdin" for standard input. */
    public static String stem(Path input) {
        String name = input.equals(TextFiles.STANDARD_INPUT) ? "stdin" : input.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
