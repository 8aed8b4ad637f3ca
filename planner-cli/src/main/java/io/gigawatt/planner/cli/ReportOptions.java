package io.gigawatt.planner.cli;

import io.gigawatt.planner.cli.output.OutputFiles;
import io.gigawatt.planner.cli.output.OutputFolder;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.function.Function;
import picocli.CommandLine.Option;

/** Where a command's report goes, {@code --format}, {@code --out} and {@code --quiet}, for evaluate, sites and plan. */
final class ReportOptions {

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            converter = EvaluateCommand.FormatConverter.class,
            description = "report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--out", paramLabel = "DIR",
            description = "write the report into DIR (created if missing) instead of printing it")
    Path out;

    @Option(names = {"-q", "--quiet"},
            description = "print the report and problems only: no line saying where --out wrote it, no progress")
    boolean quiet;

    /** Where progress is drawn: {@code stderr}, or nowhere when quiet. */
    PrintWriter progressTo(PrintWriter stderr) {
        return quiet ? new PrintWriter(Writer.nullWriter()) : stderr;
    }

    /**
     * Prints {@code report}, or writes it whole into {@code --out} as the input's name with the format's extension
     * (never over {@code input}) and prints what {@code written} says of the file.
     *
     * @return whether it was delivered; when not, the reason is on {@code stderr} and the run is bad input
     */
    boolean deliver(String report, Path input, Function<Path, String> written, PrintWriter stdout, PrintWriter stderr) {
        if (out == null) {
            stdout.print(report);
            stdout.flush();
            return true;
        }
        Path file;
        try {
            file = OutputFolder.file(out, OutputFolder.stem(input), format.extension());
            OutputFiles.write(file, input, report);
        } catch (IOException e) {
            stderr.println(OutputFiles.cannotWrite("--out", out, e));
            return false;
        }
        if (!quiet) {
            stdout.println(written.apply(file));
        }
        return true;
    }
}
