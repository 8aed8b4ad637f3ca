package io.gigawatt.planner.cli;

import io.gigawatt.planner.rules.DefaultPack;
import io.gigawatt.planner.rules.RuleBuild;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code planner rules list [--rules DIR] [--format text|md]}: the rules that would run, with their family, severity,
 * description and file; a planner's rule that replaces a default one is marked, missing metadata shows as "(none)".
 */
@Command(name = "list", mixinStandardHelpOptions = true,
        footerHeading = PlannerCommand.EXAMPLES,
        footer = {
                "  planner rules list",
                "  planner rules list --rules my-rules --format md"},
        description = {"Lists the rules that run: the default pack, with the rule files of --rules DIR (a rule named"
                + " like a default rule replaces it): name, family, severity, description (@doc) and file.",
                "Exit code 4 when the rule files do not compile."})
public final class RulesListCommand implements Callable<Integer> {

    @Option(names = "--rules", paramLabel = "DIR",
            description = "also list the rule files in DIR (*.drl, *.dslr, or one file)")
    Path rules;

    @Option(names = "--no-default-rules", description = "list only the rules of --rules, without the default pack")
    boolean noDefaultRules;

    @Mixin
    TrustRulesOption trust = new TrustRulesOption();

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", converter = FormatConverter.class,
            description = "text (for a terminal) or md (a Markdown table for docs); default: ${DEFAULT-VALUE}")
    RuleCatalogue format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (noDefaultRules && rules == null) {
            err.println("planner: --no-default-rules needs --rules DIR (there would be no rules to list)");
            return ExitCode.BAD_INPUT.code();
        }
        RuleBuild build;
        try {
            build = rules == null ? RuleBuild.compile(DefaultPack.sources(), List.of())
                    : PlannerRules.build(rules, !noDefaultRules, trust.trusted(), err);
        } catch (PlannerRules.Refused e) {
            return e.exitCode();
        }
        if (!build.compiled()) {
            PlannerRules.printProblems(build, err);
            return ExitCode.RULES_DO_NOT_COMPILE.code();
        }
        out.print(format.render(build.catalogue()));
        out.flush();
        if (build.hasErrors()) {
            err.println("planner: " + PlannerRules.plural(build.errors().size(), "problem")
                    + " in the rule files (a rule without metadata shows " + RuleCatalogue.NONE + "); 'planner rules check "
                    + rules + "' shows where");
        }
        return 0; // listed
    }

    /** Reads text or md as planners type them, and names the choices when it is neither. */
    static final class FormatConverter extends Choice<RuleCatalogue> {
        FormatConverter() {
            super(RuleCatalogue.class);
        }
    }
}
