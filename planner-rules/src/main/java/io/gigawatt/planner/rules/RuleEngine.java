package io.gigawatt.planner.rules;

import io.gigawatt.planner.plan.CampusPlan;
import io.gigawatt.planner.plan.PhasePlan;
import io.gigawatt.planner.rules.policy.Policy;
import io.gigawatt.planner.targets.TargetAssessment;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.drools.base.definitions.InternalKnowledgePackage;
import org.drools.base.rule.LineMappings;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;

/**
 * Compiles rule files at run time (so planners can edit them) and judges plans with them. The compiled rule
 * base is reused for every evaluation; each evaluation gets a fresh session.
 */
public final class RuleEngine {

    /** More firings than this on one scenario means a rule keeps re-activating itself. */
    static final int FIRE_LIMIT = 100_000;

    private final KieBase rules;
    private final RuleBuild build;

    RuleEngine(KieBase rules, RuleBuild build) {
        this.rules = rules;
        this.build = build;
    }

    /** Compiles {@code sources} as one pack (the default pack, say); every problem comes back located. */
    public static RuleEngine compile(List<RuleSource> sources) throws RuleCompileException {
        return compile(sources, List.of());
    }

    /**
     * Compiles the default pack ({@code defaults}, or nothing) with a planner's rule files: a planner's rule replaces
     * the default rule of the same name. See {@link RuleBuild} for what else is checked.
     *
     * @throws RuleProblemsException with every problem, located in the planner's files
     */
    public static RuleEngine compile(List<RuleSource> defaults, List<RuleSource> planners) throws RuleProblemsException {
        return compile(defaults, planners, null);
    }

    /** As {@link #compile(List, List)}, through a cache of compiled packs ({@link RulePackCache}; null: none). */
    public static RuleEngine compile(List<RuleSource> defaults, List<RuleSource> planners, RulePackCache cache)
            throws RuleProblemsException {
        RuleBuild build = RuleBuild.compile(defaults, planners, cache);
        if (build.hasErrors()) {
            throw new RuleProblemsException(build.problems());
        }
        return build.engine();
    }

    /**
     * Judges one plan in a fresh session.
     *
     * @throws RuleRunawayException     when the rules fire {@link #FIRE_LIMIT} times without settling (names the rules)
     * @throws RuleConsequenceException when a rule's consequence throws (names the rule, the line and the facts)
     */
    public Evaluation evaluate(CampusPlan plan, Policy policy) {
        return evaluate(plan, policy, List.of());
    }

    /**
     * Judges one plan with facts of its own after the plan's: a siting run's CandidateSite and PhaseSitings
     * ({@code SitePlan.facts()}), in the order {@link FactModel#INSERTED} lists them.
     */
    public Evaluation evaluate(CampusPlan plan, Policy policy, List<?> moreFacts) {
        KieSession session = rules.newKieSession();
        FiringLog firings = new FiringLog();
        session.addEventListener((AgendaEventListener) firings);
        session.addEventListener((RuleRuntimeEventListener) firings);
        try {
            facts(plan, policy).forEach(session::insert);
            moreFacts.forEach(session::insert);
            int fired;
            try {
                fired = session.fireAllRules(FIRE_LIMIT);
            } catch (ConsequenceException e) {
                throw failed(e);
            }
            if (fired >= FIRE_LIMIT) {
                throw firings.runaway(fired);
            }
            List<Finding> findings = new ArrayList<>();
            for (Object fact : session.getObjects(Finding.class::isInstance)) {
                findings.add((Finding) fact);
            }
            findings.sort(order(plan));
            return new Evaluation(plan, findings);
        } finally {
            session.dispose();
        }
    }

    /** Runs an empty session, so the first evaluation finds the session's machinery loaded. */
    public void warmUp() {
        KieSession session = rules.newKieSession();
        try {
            session.fireAllRules();
        } finally {
            session.dispose();
        }
    }

    /** The facts of one evaluation, in the order and of the types {@link FactModel#INSERTED} lists. */
    static List<Object> facts(CampusPlan plan, Policy policy) {
        List<Object> facts = new ArrayList<>(policy.thresholds().values());
        var equipment = plan.scenario().equipment();
        facts.add(plan.scenario().site());
        facts.add(equipment.generators());
        facts.add(equipment.cooling());
        facts.addAll(plan.scenario().grid());
        facts.addAll(plan.phases());
        facts.addAll(plan.targets());
        plan.phases().stream().map(PhasePlan::swing).filter(java.util.Objects::nonNull).forEach(facts::add);
        if (plan.timeline() != null) {
            facts.addAll(plan.timeline().phases());
            facts.addAll(plan.timeline().leadTimes());
            facts.addAll(plan.timeline().rentalShares());
            facts.addAll(plan.timeline().targets());
        }
        return facts;
    }

    /**
     * Phases in build order, then targets in scenario order; within each, errors first, then by family in the
     * default pack's order (planners' own families after), then by rule name.
     */
    private static Comparator<Finding> order(CampusPlan plan) {
        // a lookup, not a search of the list: a comparison per pair of findings, thousands with many phases
        Map<String, Integer> subjects = new HashMap<>();
        plan.phases().stream().map(PhasePlan::name).forEach(name -> subjects.putIfAbsent(name, subjects.size()));
        plan.targets().stream().map(TargetAssessment::target).map(t -> t.name())
                .forEach(name -> subjects.putIfAbsent(name, subjects.size()));
        return Comparator.comparingInt((Finding f) -> subjects.getOrDefault(f.subject(), subjects.size()))
                .thenComparing(Finding::severity)
                .thenComparingInt(f -> familyRank(f.family()))
                .thenComparing(Finding::family)
                .thenComparing(Finding::rule)
                .thenComparing(Finding::message);
    }

    private static int familyRank(String family) {
        int rank = DefaultPack.FAMILIES.indexOf(family);
        return rank < 0 ? DefaultPack.FAMILIES.size() : rank;
    }

    /** The consequence exception told in a planner's terms: the rule, the line that threw, the facts it matched. */
    private RuleConsequenceException failed(ConsequenceException e) {
        Rule rule = e.getMatch() == null ? e.getRule() : e.getMatch().getRule();
        List<String> facts = e.getMatch() == null ? List.of()
                : e.getMatch().getObjects().stream().map(FactDescriptions::describe).toList();
        Throwable cause = e.getCause() == null ? e : e.getCause();
        String name = rule == null ? "?" : rule.getName();
        return new RuleConsequenceException(name, rule == null ? null : where(rule, cause).orElse(null), facts, cause);
    }

    /**
     * {@code file:line} of the consequence statement that threw: the frame of the rule's generated class in the stack,
     * mapped back through the package's line mappings (see {@link ConsequenceLines}); empty when it cannot be told.
     */
    private Optional<String> where(Rule rule, Throwable cause) {
        try {
            Optional<RuleFile> file = build.fileOf(rule.getPackageName(), rule.getName());
            KiePackage kiePackage = rules.getKiePackage(rule.getPackageName());
            if (file.isEmpty() || !(kiePackage instanceof InternalKnowledgePackage internal)) {
                return Optional.empty();
            }
            var mappings = internal.getDialectRuntimeRegistry().getLineMappings();
            for (Throwable t = cause; t != null; t = t.getCause()) {
                for (StackTraceElement frame : t.getStackTrace()) {
                    LineMappings mapping = mappings.get(frame.getClassName());
                    if (mapping != null && frame.getLineNumber() > 0) {
                        int line = ConsequenceLines.ruleFileLine(file.get().lines(), mapping.getStartLine(),
                                mapping.getOffset(), frame.getLineNumber());
                        return Optional.of(file.get().name() + ":" + line);
                    }
                }
            }
            return Optional.of(file.get().name());
        } catch (RuntimeException | LinkageError e) {
            return Optional.empty();
        }
    }
}
