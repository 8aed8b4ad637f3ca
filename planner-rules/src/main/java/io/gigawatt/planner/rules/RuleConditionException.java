package io.gigawatt.planner.rules;

import io.gigawatt.planner.input.Location;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * A rule's condition (the part before {@code then}) threw while the rules judged a plan: a property read through a
 * null ({@code plannedGeneration.mw} of a phase that plans none), or an {@code eval(...)} that divides by zero. The
 * message names the rule, its condition's line and what went wrong; Drools's own wording (its generated class names,
 * MVEL's "[Near : {...}]") is left out.
 */
public final class RuleConditionException extends RuleExecutionException {

    /** MVEL's failure: {@code Error evaluating constraint 'expr' in [Rule "Name" in file]}. */
    private static final Pattern CONSTRAINT = Pattern.compile(
            "Error evaluating constraint '(.*)' in \\[Rule \"(.*?)\" in [^\\]]*]", Pattern.DOTALL);
    /** Java's in an eval: {@code pkg.Rule_Name_words123Eval0Invoker@1a2b : java.lang.ArithmeticException: / by zero}. */
    private static final Pattern EVAL = Pattern.compile("^[\\w.]*\\.Rule_(\\w+?)\\d*Eval(\\d+)Invoker");
    private static final Pattern MVEL_ERROR = Pattern.compile("\\[Error: ([^\\]\\n]+)]");

    private RuleConditionException(String rule, String where, String what, Throwable cause) {
        super("rule \"" + rule + "\" failed" + (where == null ? "" : " at " + where) + ", in a condition: " + what, cause,
                where);
    }

    /** {@code thrown} told as a condition's failure, when it is one Drools reports (else empty). */
    static Optional<RuleConditionException> from(RuntimeException thrown, RuleBuild build) {
        String message = String.valueOf(thrown.getMessage());
        Matcher constraint = CONSTRAINT.matcher(message);
        if (constraint.find()) {
            String expression = constraint.group(1);
            String rule = constraint.group(2);
            Matcher mvel = MVEL_ERROR.matcher(causes(thrown));
            String why = mvel.find() ? mvel.group(1).strip() : cause(thrown);
            // the expression as Drools rewrote it (10 for 10.0): find it by the name it starts with
            String firstName = expression.split("[^\\w$.]", 2)[0];
            return Optional.of(new RuleConditionException(rule, where(build, rule, firstName, 0), "'" + expression + "': "
                    + why + (why.startsWith("null pointer") ? " (a property that may be absent is null: test it with"
                    + " != null first)" : ""), thrown));
        }
        Matcher fromExpression = MVEL_ERROR.matcher(message);
        if (fromExpression.lookingAt()) {
            return fromExpression(fromExpression.group(1), cause(thrown), build, thrown);
        }
        Matcher eval = EVAL.matcher(message);
        if (eval.find()) {
            String javaName = eval.group(1);
            int index = Integer.parseInt(eval.group(2));
            Optional<String> rule = build.ruleNames().stream()
                    .filter(name -> javaName.equals(name.replaceAll("[^\\w]", "_")))
                    .findFirst();
            if (rule.isPresent()) {
                return Optional.of(new RuleConditionException(rule.get(), where(build, rule.get(), "eval", index),
                        "eval(...) threw " + cause(thrown), thrown));
            }
        }
        return Optional.empty();
    }

    /**
     * MVEL's failure in a {@code from} expression, {@code [Error: expr: why]}, which names no rule: the rule is the one
     * whose conditions hold the expression. On a line in the vocabulary the planner's sentence is told, not its code.
     */
    private static Optional<RuleConditionException> fromExpression(String error, String cause, RuleBuild build,
            RuntimeException thrown) {
        String why = cause.substring(cause.indexOf(": ") + 2);
        int end = error.lastIndexOf(": " + why);
        String expression = end < 0 ? error : error.substring(0, end);
        for (String rule : build.ruleNames()) {
            Optional<RuleFile> file = build.fileOf(rule);
            RuleDescr descr = file.flatMap(f -> f.rule(rule)).orElse(null);
            int line = descr == null ? -1 : file.get().codeLine(expression, descr.getLine(), descr.getEndLine());
            if (line > 0) {
                String written = file.get().expanded(line) ? file.get().line(line).strip() : expression;
                return Optional.of(new RuleConditionException(rule, file.get().name() + ":" + line, "'" + written
                        + "': " + why, thrown));
            }
        }
        return Optional.empty();
    }

    /** {@code file:line} of the {@code nth} (from 0) occurrence of {@code word} among the rule's conditions. */
    private static String where(RuleBuild build, String rule, String word, int nth) {
        Optional<RuleFile> file = build.fileOf(rule);
        if (file.isEmpty()) {
            return null;
        }
        RuleDescr descr = file.get().rule(rule).orElseThrow();
        int line = descr.getLine();
        int last = descr.getConsequenceLine() > line ? descr.getConsequenceLine() - 1 : descr.getEndLine();
        for (int from = line, seen = 0; from <= last; seen++) {
            Optional<Location> found = file.get().find(word, from, last);
            if (found.isEmpty()) {
                break;
            }
            if (seen == nth) {
                line = found.get().line();
                break;
            }
            from = found.get().line() + 1;
        }
        return file.get().name() + ":" + line;
    }

    /** The innermost cause, as {@code ArithmeticException: / by zero}. */
    private static String cause(Throwable thrown) {
        Throwable root = thrown;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return root.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message.strip());
    }

    private static String causes(Throwable thrown) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = thrown; t != null && all.length() < 100_000; t = t.getCause()) {
            all.append(t.getMessage()).append('\n');
        }
        return all.toString();
    }
}
