package io.gigawatt.planner.rules;

import io.gigawatt.planner.plan.CampusPlan;
import io.gigawatt.planner.plan.PhasePlan;
import io.gigawatt.planner.rules.policy.Policy;
import io.gigawatt.planner.targets.TargetAssessment;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieSession;

/**
 * Compiles rule files at run time (so planners can edit them) and judges plans with them. The compiled rule
 * base is reused for every evaluation; each evaluation gets a fresh session.
 */
public final class RuleEngine {

    /** More firings than this on one scenario means a rule keeps re-activating itself. */
    static final int FIRE_LIMIT = 100_000;

    private static final AtomicLong BUILDS = new AtomicLong();

    private final KieBase rules;

    private RuleEngine(KieBase rules) {
        this.rules = rules;
    }

    public static RuleEngine compile(List<RuleSource> sources) throws RuleCompileException {
        KieServices services = KieServices.get();
        KieFileSystem files = services.newKieFileSystem();
        // The KieRepository caches by release id: a new one per build keeps edited rules from being served stale.
        ReleaseId releaseId = services.newReleaseId("io.gigawatt.planner", "rules",
                "1.0." + BUILDS.incrementAndGet());
        files.generateAndWritePomXML(releaseId);
        for (int i = 0; i < sources.size(); i++) {
            files.write("src/main/resources/" + inModulePath(i, sources.get(i)), sources.get(i).text());
        }
        KieBuilder builder = services.newKieBuilder(files).buildAll();
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            List<String> messages = new ArrayList<>();
            for (Message error : errors) {
                messages.add(describe(error, sources));
            }
            throw new RuleCompileException(messages);
        }
        return new RuleEngine(services.newKieContainer(releaseId).getKieBase());
    }

    public Evaluation evaluate(CampusPlan plan, Policy policy) {
        KieSession session = rules.newKieSession();
        try {
            facts(plan, policy).forEach(session::insert);
            int fired = session.fireAllRules(FIRE_LIMIT);
            if (fired >= FIRE_LIMIT) {
                throw new IllegalStateException("the rules fired " + fired + " times without settling: a rule keeps re-activating itself");
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
        return facts;
    }

    /**
     * Phases in build order, then targets in scenario order; within each, errors first, then by family in the
     * default pack's order (planners' own families after), then by rule name.
     */
    private static Comparator<Finding> order(CampusPlan plan) {
        List<String> subjects = new ArrayList<>();
        plan.phases().stream().map(PhasePlan::name).forEach(subjects::add);
        plan.targets().stream().map(TargetAssessment::target).map(t -> t.name()).forEach(subjects::add);
        return Comparator.comparingInt((Finding f) -> subjects.contains(f.subject())
                        ? subjects.indexOf(f.subject()) : subjects.size())
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

    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)", Pattern.MULTILINE);

    /**
     * Each file sits in the folder of its DRL package (Drools warns otherwise), under a name made unique by its
     * position, so two planner files may share a name; compile errors map back to the file by that name.
     */
    private static String inModulePath(int index, RuleSource source) {
        Matcher matcher = PACKAGE.matcher(source.text());
        String folder = matcher.find() ? matcher.group(1).replace('.', '/') + "/" : "";
        String fileName = source.name().substring(source.name().replace('\\', '/').lastIndexOf('/') + 1);
        return folder + index + "_" + fileName;
    }

    private static String describe(Message error, List<RuleSource> sources) {
        String path = error.getPath() == null ? "" : error.getPath();
        String file = path;
        for (int i = 0; i < sources.size(); i++) {
            String inModule = inModulePath(i, sources.get(i));
            if (path.equals(inModule) || path.endsWith("/" + inModule)) {
                file = sources.get(i).name();
            }
        }
        return file + ":" + Math.max(1, error.getLine()) + ":" + Math.max(1, error.getColumn()) + ": " + error.getText().strip();
    }
}
