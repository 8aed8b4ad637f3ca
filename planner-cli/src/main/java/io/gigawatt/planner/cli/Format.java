package io.gigawatt.planner.cli;

import io.gigawatt.planner.cli.document.Document;
import io.gigawatt.planner.cli.document.JsonWriter;
import io.gigawatt.planner.cli.document.MarkdownWriter;
import io.gigawatt.planner.cli.document.TextWriter;
import io.gigawatt.planner.cli.document.html.HtmlWriter;
import io.gigawatt.planner.cli.report.Report;
import io.gigawatt.planner.cli.report.ReportDocument;
import java.util.function.Function;

/**
 * The report formats, the file extension each is written with, and its writer of report documents. Here, above
 * the report packages, so that picking a writer never makes a package depend on one below it that depends on it.
 */
public enum Format {
    TEXT("txt", report -> TextWriter.write(ReportDocument.build(report))),
    JSON("json", report -> JsonWriter.write(ReportDocument.build(report))),
    MD("md", report -> MarkdownWriter.write(ReportDocument.build(report))),
    /** One self-contained page with SVG charts; its classes (and the charting library) load only when asked for. */
    HTML("html", report -> io.gigawatt.planner.cli.report.html.HtmlRenderer.render(report, ReportDocument.build(report)));

    private final String extension;
    private final Function<Report, String> renderer;

    Format(String extension, Function<Report, String> renderer) {
        this.extension = extension;
        this.renderer = renderer;
    }

    public String extension() {
        return extension;
    }

    /** Lower case, as planners type it on the command line. */
    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public String render(Report report) {
        return renderer.apply(report);
    }

    /** Any report document in this format. */
    public String write(Document document) {
        return switch (this) {
            case TEXT -> TextWriter.write(document);
            case JSON -> JsonWriter.write(document);
            case MD -> MarkdownWriter.write(document);
            case HTML -> HtmlWriter.write(document);
        };
    }
}
