package io.gigawatt.planner.cli;

import io.gigawatt.planner.catalogue.Catalogue;
import io.gigawatt.planner.cli.init.Draft;
import io.gigawatt.planner.cli.init.GpuOrder;
import io.gigawatt.planner.cli.init.Tranche;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code planner init FILE --site NAME --gpus MODEL:COUNT:DATE --grid DATE:MW}: a commented starting scenario. */
@Command(name = "init", mixinStandardHelpOptions = true,
        footerHeading = PlannerCommand.EXAMPLES,
        footer = {
                "  planner init campus.yaml --site \"Abilene, Texas\" \\",
                "      --gpus GB200:50000:2026-06-30 --grid 2026-01-01:200 --grid 2026-09-01:600"},
        description = "Writes a commented starting scenario that evaluates at once: the site, GPUs by model and date"
                + " (one milestone per date), grid tranches, and starting equipment. Never overwrites a file.")
public final class InitCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "the scenario to write: a new file")
    Path file;

    @Option(names = "--site", required = true, paramLabel = "NAME", description = "the site's name")
    String site;

    @Option(names = "--name", paramLabel = "NAME", description = "the scenario's name; default: the site's")
    String name;

    @Option(names = "--gpus", required = true, paramLabel = "MODEL:COUNT:DATE", converter = GpuOrderConverter.class,
            description = "GPUs of a catalogue model (planner catalogue list gpus) installed by DATE; repeat for more")
    List<GpuOrder> gpus;

    @Option(names = "--grid", required = true, paramLabel = "DATE:MW", converter = TrancheConverter.class,
            description = "the firm grid MW from DATE on; repeat for each tranche")
    List<Tranche> grid;

    @Option(names = "--start", paramLabel = "DATE", description = "the day building starts; default: the first --grid date")
    LocalDate start;

    @Spec
    CommandSpec spec;

    private final Catalogue catalogue;

    @Inject
    InitCommand(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        String text;
        try {
            text = schemaLine(file) + Draft.write(name != null ? name : site, site, start, gpus, grid, catalogue);
        } catch (IllegalArgumentException e) {
            err.println("planner: " + e.getMessage());
            return ExitCode.BAD_INPUT.code();
        }
        try {
            writeNew(file, text);
        } catch (FileAlreadyExistsException e) {
            err.println("planner: " + file + ": exists; init never overwrites a file, expected the path of a new one");
            return ExitCode.BAD_INPUT.code();
        } catch (NoSuchFileException e) {
            err.println("planner: " + file + ": no such folder, expected a new file in an existing folder");
            return ExitCode.BAD_INPUT.code();
        } catch (IOException e) {
            err.println("planner: " + file + ": cannot be written (" + e.getMessage() + ")");
            return ExitCode.BAD_INPUT.code();
        }
        spec.commandLine().getOut().println("wrote " + file + "; next: planner evaluate " + file);
        return 0; // written
    }

    /**
     * The first line that lets editors (VS Code's and IntelliJ's YAML support) complete and check the file's keys: the
     * planner's scenario schema, found beside its jar (a source tree's or an installed planner's {@code schemas/}),
     * named relative to the new file so the pair can move together; nothing when the planner runs without it.
     */
    static String schemaLine(Path file) {
        Path schema;
        try {
            Path jar = Path.of(InitCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            // planner-cli/target/planner.jar (or target/classes) in a source tree, lib/planner.jar when installed; a
            // build's own target/ holds only the schemas a test wrote
            schema = Stream.iterate(jar.getParent(), Objects::nonNull, Path::getParent).limit(3)
                    .filter(folder -> !folder.endsWith("target"))
                    .map(folder -> folder.resolve("schemas/scenario.schema.json")).filter(Files::isRegularFile)
                    .findFirst().orElse(null);
        } catch (URISyntaxException | SecurityException e) {
            return "";
        }
        if (schema == null) {
            return "";
        }
        Path relative = file.toAbsolutePath().getParent().relativize(schema.toAbsolutePath().normalize());
        return "# yaml-language-server: $schema=" + relative.toString().replace(java.io.File.separatorChar, '/') + "\n";
    }

    /**
     * Creates {@code file} with {@code text}, whole or not at all: written beside it, then moved to its name; the move
     * refuses a file that exists (one made in the meantime too, but for the instant between its check and the rename).
     */
    private static void writeNew(Path file, String text) throws IOException {
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(file.toString());
        }
        Path folder = file.toAbsolutePath().getParent();
        Path temporary = Files.createTempFile(folder, "." + file.getFileName(), ".tmp");
        try {
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            Files.move(temporary, file);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Reads an option's value with {@code parse}, its message saying what was expected. */
    abstract static class Parsing<T> implements ITypeConverter<T> {
        private final Function<String, T> parse;

        Parsing(Function<String, T> parse) {
            this.parse = parse;
        }

        @Override
        public T convert(String value) {
            try {
                return parse.apply(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    static final class GpuOrderConverter extends Parsing<GpuOrder> {
        GpuOrderConverter() {
            super(GpuOrder::parse);
        }
    }

    static final class TrancheConverter extends Parsing<Tranche> {
        TrancheConverter() {
            super(Tranche::parse);
        }
    }
}
