package io.gigawatt.planner.cli;

import io.gigawatt.planner.rules.RuleEngine;
import io.gigawatt.planner.rules.RulePackCache;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** What every command that judges a scenario lets the planner choose: the rules, the policy, how errors show. */
final class JudgementOptions {

    /** Where compiled packs of the planner's rules are kept, as the launcher says (a mixin picocli gets from Guice). */
    private final Optional<RulePackCache> ruleCache;

    @Inject
    JudgementOptions(Optional<RulePackCache> ruleCache) {
        this.ruleCache = ruleCache;
    }

    @Option(names = "--policy", paramLabel = "FILE",
            description = "policy thresholds (YAML) over the defaults; replaces the policy the scenario or plan names")
    Path policy;

    @Option(names = "--rules", paramLabel = "DIR",
            description = "also run the planner's rule files in DIR (its *.drl files, and *.dslr files in the"
                    + " planners' vocabulary with its *.dsl sentences; or one file); a rule named like a default rule"
                    + " replaces it")
    Path rules;

    @Option(names = "--no-default-rules", description = "run only the rules of --rules, without the default pack")
    boolean noDefaultRules;

    @Mixin
    TrustRulesOption trust = new TrustRulesOption();

    @Option(names = "--verbose", description = "show stack traces of internal errors")
    boolean verbose;

    @Option(names = "--rule-time-limit", paramLabel = "DURATION", defaultValue = "60s",
            converter = DurationConverter.class,
            description = "stop a run whose rules take longer than this on one scenario (or site, or variant), naming"
                    + " the rule running: 500ms, 60s, 5m, 1h (default: ${DEFAULT-VALUE})")
    Duration ruleTimeLimit;

    /** These options as a command line, every path absolute (for a sweep's workers, see SweepJobs). */
    List<String> asArguments() {
        List<String> arguments = new ArrayList<>();
        if (policy != null) {
            arguments.addAll(List.of("--policy", SweepCommand.absolute(policy).toString()));
        }
        if (rules != null) {
            arguments.addAll(List.of("--rules", SweepCommand.absolute(rules).toString()));
        }
        if (noDefaultRules) {
            arguments.add("--no-default-rules");
        }
        if (trust.trusted()) {
            arguments.add("--trust-rules");
        }
        arguments.addAll(List.of("--rule-time-limit", ruleTimeLimit.toMillis() + "ms"));
        return arguments;
    }

    /** Whether the options make sense together; says why not on {@code stderr} when they do not. */
    boolean usable(PrintWriter stderr) {
        if (noDefaultRules && rules == null) {
            stderr.println("planner: --no-default-rules needs --rules DIR (there would be no rules to run)");
            return false;
        }
        return true;
    }

    /**
     * The engine of the planner's {@code --rules} (with the default pack unless {@code --no-default-rules}), or null
     * without {@code --rules}: the command then runs its default engine. Either way under {@code --rule-time-limit}.
     */
    RuleEngine plannersRules(PrintWriter stderr) throws PlannerRules.Refused {
        return rules == null ? null : PlannerRules.engine(rules, !noDefaultRules, trust.trusted(), ruleCache.orElse(null),
                stderr).withTimeLimit(ruleTimeLimit);
    }

    /**
     * The engine a run judges with: the planner's {@code --rules} as {@link #plannersRules} makes it, else the default
     * pack, under {@code --rule-time-limit} either way.
     */
    RuleEngine engine(Provider<RuleEngine> defaultRules, PrintWriter stderr) throws PlannerRules.Refused {
        RuleEngine planners = plannersRules(stderr);
        return planners != null ? planners : defaultRules.get().withTimeLimit(ruleTimeLimit);
    }

    /** A positive duration as planners type it: a whole number and a unit, ms, s, m or h. */
    static final class DurationConverter implements ITypeConverter<Duration> {
        private static final Pattern DURATION = Pattern.compile("(\\d{1,9})\\s*(ms|s|m|h)");

        @Override
        public Duration convert(String value) {
            Matcher matcher = DURATION.matcher(value.strip().toLowerCase(Locale.ROOT));
            long amount = matcher.matches() ? Long.parseLong(matcher.group(1)) : 0;
            if (amount == 0) {
                throw new TypeConversionException("expected a positive duration such as 500ms, 60s, 5m or 1h but was '"
                        + value + "'");
            }
            return switch (matcher.group(2)) {
                case "ms" -> Duration.ofMillis(amount);
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                default -> Duration.ofHours(amount);
            };
        }
    }
}
