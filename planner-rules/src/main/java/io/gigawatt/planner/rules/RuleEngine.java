package io.gigawatt.planner.rules;

import io.gigawatt.planner.demand.BuildDays;
import io.gigawatt.planner.economics.CampusCost;
import io.gigawatt.planner.economics.CostAgainstGrid;
import io.gigawatt.planner.economics.CostShare;
import io.gigawatt.planner.plan.CampusPlan;
import io.gigawatt.planner.plan.PhasePlan;
import io.gigawatt.planner.rules.policy.Policy;
import io.gigawatt.planner.targets.TargetAssessment;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.drools.base.definitions.InternalKnowledgePackage;
import org.drools.base.rule.LineMappings;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;
import org.kie.api.runtime.rule.Match;

/**
 * Compiles rule files at run time (so planners can edit them) and judges plans with them. The compiled rule
 * base is reused for every evaluation; each evaluation gets a fresh session.
 */
public final class RuleEngine {

    /** More firings than this on one scenario means a rule keeps re-activating itself. */
    static final int FIRE_LIMIT = 100_000;

    /** How long one evaluation may take unless the planner says otherwise ({@code --rule-time-limit}). */
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(60);

    /**
     * The threads the rules run on, so the thread that waits can give up on a consequence that never returns: a
     * rule's Java may ignore interrupts, so such a thread is left behind (daemon: it ends with the planner).
     */
    private static final ExecutorService WORKERS = Executors.newCachedThreadPool(new ThreadFactory() {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "planner-rules-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    });

    /** The evaluations under way, by the thread running their rules: to name a rule that ends the planner. */
    private static final Map<Thread, Judging> UNDER_WAY = new ConcurrentHashMap<>();

    private final KieBase rules;
    private final RuleBuild build;
    private final Duration timeLimit;

    RuleEngine(KieBase rules, RuleBuild build) {
        this(rules, build, DEFAULT_TIME_LIMIT);
    }

    private RuleEngine(KieBase rules, RuleBuild build, Duration timeLimit) {
        this.rules = rules;
        this.build = build;
        this.timeLimit = timeLimit;
    }

    /** The same rules, each evaluation stopped after {@code limit} (positive). */
    public RuleEngine withTimeLimit(Duration limit) {
        if (limit.isNegative() || limit.isZero()) {
            throw new IllegalArgumentException("a time limit must be positive: " + limit);
        }
        return new RuleEngine(rules, build, limit);
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
     * @throws RuleLimitException       when the rules take longer than the time limit, overflow the stack or fill the
     *                                  heap (names the rule running, where, and its facts)
     * @throws RuleConditionException   when a rule's condition throws (names the rule and the condition's line)
     * @throws UnsetThresholdException  when a planner's rule reads a threshold {@code policy} does not set
     */
    public Evaluation evaluate(CampusPlan plan, Policy policy) {
        return evaluate(plan, policy, List.of());
    }

    /**
     * Judges one plan with facts of its own after the plan's: a siting run's CandidateSite and PhaseSitings
     * ({@code SitePlan.facts()}), in the order {@link FactModel#INSERTED} lists them.
     */
    public Evaluation evaluate(CampusPlan plan, Policy policy, List<?> moreFacts) {
        List<RuleProblem> unset = build.unsetThresholds(policy);
        if (!unset.isEmpty()) {
            throw new UnsetThresholdException(unset);
        }
        Judging judging = new Judging();
        Future<Evaluation> judged = WORKERS.submit(() -> judge(plan, policy, moreFacts, judging));
        try {
            return judged.get(timeLimit.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            RuleLimitException timedOut = RuleLimitException.timedOut(timeLimit, judging.running());
            judging.stop();
            judged.cancel(true);
            throw timedOut;
        } catch (ExecutionException e) {
            throw failed(e.getCause(), judging.firings);
        } catch (InterruptedException e) {
            judging.stop();
            judged.cancel(true);
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while the rules judged " + plan.scenario().name());
        }
    }

    /** One evaluation on a worker: the session and the thread its rules run on, once it has started. */
    private final class Judging {
        final FiringLog firings = new FiringLog();
        volatile KieSession session;
        volatile Thread thread;

        /** Asks the rules to stop: the engine halts after the consequence running, which may stop if interrupted. */
        void stop() {
            KieSession started = session;
            Thread worker = thread;
            if (started != null) {
                started.halt();
            }
            if (worker != null) {
                worker.interrupt();
            }
        }

        /** The rule whose consequence the worker is running now, where in it, and on what; null between them. */
        RuleLimitException.Running running() {
            Match match = firings.running();
            Thread worker = thread;
            return match == null || worker == null ? null : describe(match, worker.getStackTrace());
        }
    }

    private Evaluation judge(CampusPlan plan, Policy policy, List<?> moreFacts, Judging judging) {
        KieSession session = rules.newKieSession();
        judging.session = session;
        judging.thread = Thread.currentThread();
        UNDER_WAY.put(judging.thread, judging);
        session.addEventListener((AgendaEventListener) judging.firings);
        session.addEventListener((RuleRuntimeEventListener) judging.firings);
        try {
            facts(plan, policy).forEach(session::insert);
            moreFacts.forEach(session::insert);
            int fired;
            try {
                fired = session.fireAllRules(FIRE_LIMIT);
            } catch (ConsequenceException e) {
                throw failed(e);
            } catch (RuntimeException e) {
                throw RuleConditionException.from(e, build).orElseThrow(() -> e);
            }
            if (fired >= FIRE_LIMIT) {
                throw judging.firings.runaway(fired);
            }
            List<Finding> findings = new ArrayList<>();
            for (Object fact : session.getObjects(Finding.class::isInstance)) {
                findings.add((Finding) fact);
            }
            findings.sort(order(plan));
            return new Evaluation(plan, findings, policy);
        } finally {
            UNDER_WAY.remove(judging.thread);
            // disposing frees what a rule that filled the heap held in the session, before the failure is told
            session.dispose();
        }
    }

    /**
     * What an evaluation's worker threw, for the thread that waited: the rules' own failures as they are; the stack
     * or the heap running out, or another error, named by the rule whose consequence was running.
     */
    private RuntimeException failed(Throwable thrown, FiringLog firings) {
        if (thrown instanceof RuntimeException exception) {
            return exception;
        }
        Match match = firings.running();
        RuleLimitException.Running running = match == null ? null : describe(match, thrown.getStackTrace());
        if (thrown instanceof StackOverflowError overflow) {
            return RuleLimitException.stackOverflow(running, overflow);
        }
        if (thrown instanceof OutOfMemoryError full) {
            return RuleLimitException.outOfMemory(running, full);
        }
        if (thrown instanceof Error error && running == null) {
            throw error;
        }
        return running == null ? new IllegalStateException(thrown)
                : new RuleConsequenceException(running.rule(), running.where(), running.facts(), thrown);
    }

    /**
     * The rule whose consequence is ending the planner ({@code System.exit} or {@code Runtime.exit}), as
     * {@code rule "Name" at file:line on facts}, if a rule is doing it: for a shutdown hook, which runs while the
     * consequence waits in {@code exit}.
     */
    public static Optional<String> ruleEndingThePlanner() {
        for (Map.Entry<Thread, Judging> underWay : UNDER_WAY.entrySet()) {
            boolean exiting = Arrays.stream(underWay.getKey().getStackTrace()).anyMatch(frame ->
                    frame.getClassName().equals("java.lang.Runtime") && frame.getMethodName().equals("exit"));
            RuleLimitException.Running running = underWay.getValue().running();
            if (exiting && running != null) {
                return Optional.of(running.toString());
            }
        }
        return Optional.empty();
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
        facts.add(plan.scenario().gridSupply());
        facts.addAll(plan.phases());
        facts.addAll(plan.targets());
        facts.add(new BuildDays(plan.days(), plan.scenario().build().milestones()));
        plan.phases().stream().map(PhasePlan::swing).filter(java.util.Objects::nonNull).forEach(facts::add);
        facts.addAll(plan.flexibility());
        if (plan.timeline() != null) {
            facts.addAll(plan.timeline().phases());
            facts.addAll(plan.timeline().leadTimes());
            facts.addAll(plan.timeline().rentalShares());
            facts.addAll(plan.timeline().targets());
        }
        CampusCost costs = plan.costs();
        facts.add(costs);
        facts.addAll(costs.phases());
        costs.phases().stream().map(CostShare::of).forEach(facts::addAll);
        facts.addAll(CostAgainstGrid.of(costs));
        facts.addAll(costs.alternatives());
        facts.addAll(costs.rentals());
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
        List<String> facts = e.getMatch() == null ? List.of() : facts(e.getMatch());
        Throwable cause = e.getCause() == null ? e : e.getCause();
        List<StackTraceElement> frames = new ArrayList<>();
        for (Throwable t = cause; t != null; t = t.getCause()) {
            frames.addAll(Arrays.asList(t.getStackTrace()));
        }
        String name = rule == null ? "?" : rule.getName();
        return new RuleConsequenceException(name, rule == null ? null
                : where(rule, frames.toArray(StackTraceElement[]::new)).orElse(null), facts, cause);
    }

    private RuleLimitException.Running describe(Match match, StackTraceElement[] frames) {
        Rule rule = match.getRule();
        return new RuleLimitException.Running(rule.getName(), where(rule, frames).orElse(null), facts(match));
    }

    private static List<String> facts(Match match) {
        return match.getObjects().stream().map(FactDescriptions::describe).toList();
    }

    /**
     * {@code file:line} of the consequence statement running in {@code frames}: the frame of the rule's generated
     * class (below any function it called), mapped back through the package's line mappings (see {@link ConsequenceLines}); else (frames cut short by
     * a stack overflow, say) the line the rule starts on; empty when it cannot be told.
     */
    private Optional<String> where(Rule rule, StackTraceElement[] frames) {
        try {
            Optional<RuleFile> file = build.fileOf(rule.getPackageName(), rule.getName());
            KiePackage kiePackage = rules.getKiePackage(rule.getPackageName());
            if (file.isEmpty() || !(kiePackage instanceof InternalKnowledgePackage internal)) {
                return Optional.empty();
            }
            var mappings = internal.getDialectRuntimeRegistry().getLineMappings();
            // the rule's own class: a function's class has line mappings too, of another part of the file
            String ruleClass = rule.getPackageName() + ".Rule_";
            for (StackTraceElement frame : frames) {
                LineMappings mapping = mappings.get(frame.getClassName());
                if (mapping != null && frame.getLineNumber() > 0 && frame.getClassName().startsWith(ruleClass)) {
                    int line = ConsequenceLines.ruleFileLine(file.get().lines(), mapping.getStartLine(),
                            mapping.getOffset(), frame.getLineNumber());
                    return Optional.of(file.get().name() + ":" + line);
                }
            }
            return Optional.of(file.get().name() + file.get().rule(rule.getName()).map(r -> ":" + r.getLine()).orElse(""));
        } catch (RuntimeException | LinkageError e) {
            return Optional.empty();
        }
    }
}
