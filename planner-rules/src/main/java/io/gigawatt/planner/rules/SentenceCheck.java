package io.gigawatt.planner.rules;

import io.gigawatt.planner.input.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.drl.ast.descr.RuleDescr;
import org.kie.api.KieBase;
import org.kie.api.definition.rule.Rule;

/**
 * Checks, once the rules compile, that every placeholder of a rule's {@code @message} and {@code @recommend}, and
 * every name in its {@code @numbers}, is a value its conditions bind: a misspelt name is found at the planner's
 * line and column before any scenario runs, not as a finding that cannot be written.
 */
final class SentenceCheck {

    private static final List<String> TEMPLATES = List.of("message", "recommend");

    private SentenceCheck() {
    }

    static List<CompileProblems.Found> check(List<RuleFile> files, KieBase kieBase, Set<String> replacedDefaults) {
        List<CompileProblems.Found> found = new ArrayList<>();
        for (RuleFile file : files) {
            if (!file.unknownSentences().isEmpty()) {
                continue; // its rules' bodies are left out, reported sentence by sentence
            }
            for (RuleDescr descr : file.rules()) {
                if (file.fromDefaultPack() && replacedDefaults.contains(descr.getName())) {
                    continue;
                }
                Rule rule = kieBase.getRule(file.packageName(), descr.getName());
                if (rule instanceof RuleImpl compiled) {
                    check(file, descr, rule, bound(compiled), found);
                }
            }
        }
        return found;
    }

    /** The names the rule's conditions bind, without their {@code $}. */
    private static Set<String> bound(RuleImpl rule) {
        return rule.getDeclarations().keySet().stream().map(id -> id.startsWith("$") ? id.substring(1) : id)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static void check(RuleFile file, RuleDescr descr, Rule rule, Set<String> bound,
                              List<CompileProblems.Found> found) {
        Map<String, Object> metadata = rule.getMetaData();
        for (String key : TEMPLATES) {
            if (!metadata.containsKey(key)) {
                continue;
            }
            String template = key.equals("message") ? RuleMetadata.message(rule) : RuleMetadata.recommendation(rule);
            Function<Integer, Location> at = offset -> inTemplate(file, descr, key, offset);
            try {
                for (Sentence.Slot slot : Sentence.parse(template).slots()) {
                    if (!bound.contains(slot.name())) {
                        found.add(unbound(file, descr, "{" + slot.name() + "}", bound, at.apply(slot.offset())));
                    }
                }
            } catch (Sentence.TemplateException e) {
                found.add(new CompileProblems.Found(file, RuleProblem.error(at.apply(e.offset()),
                        "rule \"" + descr.getName() + "\" @" + key + ": " + e.getMessage(),
                        "write {name} for a value the conditions bind as $name, {name:format} to choose how it is"
                                + " written (" + Sentence.Format.known() + "), [text] for a part written only"
                                + " when its values are there")));
            }
        }
        for (String name : RuleMetadata.numbers(rule)) {
            if (!bound.contains(name)) {
                Location location = file.find(name, descr.getLine(), descr.getConsequenceLine())
                        .orElse(file.atLine(descr.getLine()));
                found.add(unbound(file, descr, "@numbers names " + name + ", which", bound, location));
            }
        }
    }

    private static CompileProblems.Found unbound(RuleFile file, RuleDescr descr, String what, Set<String> bound,
                                                 Location location) {
        return new CompileProblems.Found(file, RuleProblem.error(location,
                "rule \"" + descr.getName() + "\": " + what + " is not a value its conditions bind",
                "bind it in a condition, e.g. PhasePlan( $gridShare : gridShare ); the rule binds "
                        + (bound.isEmpty() ? "nothing" : String.join(", ", bound))));
    }

    /** Where character {@code offset} of the rule's {@code @key("...")} template stands in the file. */
    private static Location inTemplate(RuleFile file, RuleDescr descr, String key, int offset) {
        return file.find("@" + key, descr.getLine(), descr.getConsequenceLine()).map(annotation -> {
            String line = file.line(annotation.line());
            int quote = line.indexOf('"', annotation.column() - 1);
            return quote < 0 ? annotation : file.at(annotation.line(), quote + 2 + offset);
        }).orElse(file.atLine(descr.getLine()));
    }
}
