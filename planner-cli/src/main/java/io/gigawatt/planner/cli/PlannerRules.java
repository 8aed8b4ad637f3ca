package io.gigawatt.planner.cli;

import io.gigawatt.planner.rules.DeclarativeRules;
import io.gigawatt.planner.rules.DefaultPack;
import io.gigawatt.planner.rules.RuleBuild;
import io.gigawatt.planner.rules.RuleConsequenceException;
import io.gigawatt.planner.rules.RuleEngine;
import io.gigawatt.planner.rules.RuleExecutionException;
import io.gigawatt.planner.rules.RuleFiles;
import io.gigawatt.planner.rules.RulePackCache;
import io.gigawatt.planner.rules.RuleProblem;
import io.gigawatt.planner.rules.RuleProblemsException;
import io.gigawatt.planner.rules.RuleSource;
import io.gigawatt.planner.rules.UnsetThresholdException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * A planner's rule files as the commands use them ({@code evaluate --rules}, {@code rules check}, {@code rules
 * list}): read from a folder (its {@code *.drl}, by name) or one file, compiled with the default pack or alone, and
 * every problem printed the same way, located, with the line, a caret and a hint.
 */
final class PlannerRules {

    /** The command cannot go on; what is wrong has been printed and {@link #exitCode} says how to end. */
    static final class Refused extends Exception {
        private final int exitCode;

        Refused(ExitCode exitCode) {
            super(null, null, false, false);
            this.exitCode = exitCode.code();
        }

        int exitCode() {
            return exitCode;
        }
    }

    private PlannerRules() {
    }

    /**
     * The rule files at {@code path}; refuses (bad input) when there is nothing there or no rule file in it, and as
     * rule files that do not compile when one is not UTF-8 text.
     */
    static List<RuleSource> read(Path path, PrintWriter err) throws Refused {
        List<RuleSource> sources;
        try {
            sources = RuleFiles.read(path);
        } catch (RuleProblemsException e) {
            ProblemPrinter printer = new ProblemPrinter();
            e.problems().forEach(problem -> printer.print(problem, err));
            err.flush();
            throw new Refused(ExitCode.RULES_DO_NOT_COMPILE);
        } catch (NoSuchFileException e) {
            err.println("planner: no such rule folder or file: " + path);
            throw new Refused(ExitCode.BAD_INPUT);
        } catch (IOException e) {
            err.println("planner: cannot read the rule files in " + path + ": " + e.getMessage());
            throw new Refused(ExitCode.BAD_INPUT);
        }
        if (sources.isEmpty()) {
            err.println("planner: no rule files (*.drl) in " + path);
            throw new Refused(ExitCode.BAD_INPUT);
        }
        return sources;
    }

    /**
     * The rule files at {@code path} as {@link #read} reads them; unless {@code trusted} ({@code --trust-rules}), only
     * if they are declarative: else every place that is not is printed, located, and they are refused without being
     * compiled (exit 4).
     */
    static List<RuleSource> readRunnable(Path path, boolean trusted, PrintWriter err) throws Refused {
        List<RuleSource> sources = read(path, err);
        List<RuleProblem> refusals = trusted ? List.of() : DeclarativeRules.refusals(sources);
        if (!refusals.isEmpty()) {
            ProblemPrinter printer = new ProblemPrinter();
            refusals.forEach(problem -> printer.print(problem, err));
            err.println(plural(sources.size(), "file") + ": " + plural(refusals.size(), "error")
                    + " (not declarative; --trust-rules runs the files as code)");
            err.flush();
            throw new Refused(ExitCode.RULES_DO_NOT_COMPILE);
        }
        return sources;
    }

    /** Compiles the files at {@code path}, with the default pack unless {@code withDefaults} is false. */
    static RuleBuild build(Path path, boolean withDefaults, boolean trusted, PrintWriter err) throws Refused {
        List<RuleSource> planners = readRunnable(path, trusted, err);
        return RuleBuild.compile(withDefaults ? DefaultPack.sources() : List.of(), planners);
    }

    /**
     * The engine for {@code evaluate --rules}, through {@code cache} (null: none), keyed by the files' text; when the
     * files have errors, prints what {@code rules check} prints.
     */
    static RuleEngine engine(Path path, boolean withDefaults, boolean trusted, RulePackCache cache, PrintWriter err)
            throws Refused {
        RuleBuild build = RuleBuild.compile(withDefaults ? DefaultPack.sources() : List.of(),
                readRunnable(path, trusted, err), cache);
        if (build.hasErrors()) {
            printProblems(build, err);
            throw new Refused(ExitCode.RULES_DO_NOT_COMPILE);
        }
        return build.engine();
    }

    /** Every problem, located, then a summary line such as {@code 2 files, 7 rules: 3 errors, 1 warning}. */
    static void printProblems(RuleBuild build, PrintWriter err) {
        ProblemPrinter printer = new ProblemPrinter();
        for (RuleProblem problem : build.problems()) {
            printer.print(problem, err);
        }
        if (build.hasErrors()) {
            long warnings = build.problems().stream().filter(p -> p.level() == RuleProblem.Level.WARNING).count();
            err.println(counted(build) + ": " + plural(build.errors().size(), "error")
                    + (warnings == 0 ? "" : ", " + plural(warnings, "warning")));
        }
        err.flush();
    }

    /** "2 files, 7 rules": the planner's files and the rules in them. */
    static String counted(RuleBuild build) {
        return plural(build.plannerFiles(), "file") + ", " + plural(build.plannerRules(), "rule");
    }

    static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    /**
     * A rule that would not settle or whose consequence threw: its message (naming the rule, and for a consequence
     * the line and the facts), the stack trace only with {@code --verbose}; the exit code of an internal error. A
     * threshold the policy does not set is the rule files' problem, located in them (exit 4).
     */
    static int failed(RuleExecutionException e, boolean verbose, PrintWriter err) {
        if (e instanceof UnsetThresholdException unset) {
            ProblemPrinter printer = new ProblemPrinter();
            unset.problems().forEach(problem -> printer.print(problem, err));
            err.flush();
            return ExitCode.RULES_DO_NOT_COMPILE.code();
        }
        err.println("planner: " + e.getMessage());
        if (verbose) {
            e.printStackTrace(err);
        } else if (e instanceof RuleConsequenceException) {
            err.println("Run again with --verbose for the stack trace.");
        }
        err.flush();
        return ExitCode.INTERNAL_ERROR.code();
    }
}
