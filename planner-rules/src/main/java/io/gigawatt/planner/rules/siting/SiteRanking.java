package io.gigawatt.planner.rules.siting;

import io.gigawatt.planner.siting.Building;
import io.gigawatt.planner.siting.PhaseSiting;
import io.gigawatt.planner.siting.Readiness;
import io.gigawatt.planner.siting.TargetSiting;
import io.gigawatt.planner.units.Money;
import io.gigawatt.planner.units.Power;
import io.gigawatt.planner.units.Quantities;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Orders candidate sites: by the first day each carries the plan's first phase, then its second phase and so on,
 * then each target (a site that never carries one comes after every site that does), then by what the plan costs
 * there (its present cost, supply and waiting GPUs, to the cent), then by what it still lacks (its findings of
 * severity ERROR), then in site-file order. And says why, in sentences with the numbers.
 */
public final class SiteRanking {

    private SiteRanking() {
    }

    /** One demand (a phase or a target) at one site, as the ranking compares it. */
    private record Step(String name, LocalDate due, Power facility, long racks, Readiness readiness) {

        LocalDate earliest() {
            return readiness.date();
        }
    }

    private static List<Step> steps(SiteEvaluation e) {
        List<Step> steps = new ArrayList<>();
        for (PhaseSiting p : e.sitePlan().phases()) {
            steps.add(new Step(p.phase().name(), p.phase().date(), p.phase().facility(), p.racks(), p.readiness()));
        }
        for (TargetSiting t : e.sitePlan().targets()) {
            steps.add(new Step(t.target().target().name(), t.target().target().date(), t.demand().facility(),
                    t.demand().racks(), t.readiness()));
        }
        return steps;
    }

    private static final Comparator<LocalDate> NEVER_LAST = Comparator.nullsLast(Comparator.naturalOrder());

    /** The ranking's order: dates step by step, then cost, then errors, then file order. */
    public static final Comparator<SiteEvaluation> ORDER = (a, b) -> {
        List<Step> as = steps(a);
        List<Step> bs = steps(b);
        for (int i = 0; i < Math.min(as.size(), bs.size()); i++) {
            int byDate = NEVER_LAST.compare(as.get(i).earliest(), bs.get(i).earliest());
            if (byDate != 0) {
                return byDate;
            }
        }
        int byCost = Double.compare(cost(a).cents(), cost(b).cents());
        if (byCost != 0) {
            return byCost;
        }
        int byLacks = Integer.compare(a.lacks().size(), b.lacks().size());
        return byLacks != 0 ? byLacks : Integer.compare(a.site().number(), b.site().number());
    };

    /**
     * What the plan costs its owner at the site: supply and waiting GPUs, each phase ready the day the site first
     * carries it, discounted to the build start.
     */
    private static Money cost(SiteEvaluation e) {
        return e.sitePlan().costs().presentWithWaiting();
    }

    private static String costWords(SiteEvaluation e) {
        return cost(e).format(e.sitePlan().costs().currency());
    }

    public static List<SiteEvaluation> rank(List<SiteEvaluation> evaluations) {
        return evaluations.stream().sorted(ORDER).toList();
    }

    /**
     * Why the ranking is what it is: first why the first site beats the next, then each phase and target with the
     * day every site first carries it.
     */
    public static List<String> why(List<SiteEvaluation> ranked) {
        List<String> sentences = new ArrayList<>();
        if (ranked.isEmpty()) {
            return sentences;
        }
        if (ranked.size() == 1) {
            sentences.add(ranked.get(0).site().name() + " is the only candidate.");
        } else {
            sentences.add(firstAgainstNext(ranked.get(0), ranked.get(1)));
        }
        List<Step> first = steps(ranked.get(0));
        for (int i = 0; i < first.size(); i++) {
            Step step = first.get(i);
            int index = i;
            sentences.add(step.name() + " (" + step.facility() + ", " + Quantities.count(step.racks())
                    + " racks, due " + step.due() + "): " + ranked.stream()
                    .map(e -> e.site().name() + " " + when(steps(e).get(index)))
                    .collect(Collectors.joining("; ")) + ".");
        }
        return sentences;
    }

    private static String when(Step step) {
        if (step.earliest() == null) {
            return "never (" + step.readiness().lacking() + ")";
        }
        return "from " + step.earliest() + " (" + timing(step) + ")";
    }

    private static String timing(Step step) {
        long days = ChronoUnit.DAYS.between(step.due(), step.earliest());
        return days == 0 ? "on its date" : Math.abs(days) + (Math.abs(days) == 1 ? " day " : " days ")
                + (days < 0 ? "early" : "late");
    }

    private static String firstAgainstNext(SiteEvaluation a, SiteEvaluation b) {
        List<Step> as = steps(a);
        List<Step> bs = steps(b);
        String nameA = a.site().name();
        String nameB = b.site().name();
        for (int i = 0; i < Math.min(as.size(), bs.size()); i++) {
            Step sa = as.get(i);
            Step sb = bs.get(i);
            if (NEVER_LAST.compare(sa.earliest(), sb.earliest()) == 0) {
                continue;
            }
            StringBuilder why = new StringBuilder(nameA + " ranks first: it carries " + sa.name() + " ("
                    + sa.facility() + ") from " + sa.earliest() + ", " + timing(sa) + ", waiting only for "
                    + sa.readiness().waitsFor() + "; then " + sa.readiness().carriedBy() + " carry it. ");
            if (sb.earliest() == null) {
                why.append(nameB).append(", the next site, never carries it: ").append(sb.readiness().lacking())
                        .append('.');
            } else {
                why.append(nameB).append(", the next site, carries it only from ").append(sb.earliest()).append(", ")
                        .append(ChronoUnit.DAYS.between(sa.earliest(), sb.earliest())).append(" days later, waiting for ")
                        .append(sb.readiness().waitsFor()).append('.');
            }
            why.append(buildings(a, b));
            return why.toString();
        }
        long lacksA = a.lacks().size();
        long lacksB = b.lacks().size();
        String tie = nameA + " and " + nameB + " first carry each phase and target on the same days, or never";
        if (cost(a).cents() != cost(b).cents()) {
            return tie + "; " + nameA + " ranks first as the plan costs less there: " + costWords(a) + " against "
                    + costWords(b) + " (present cost of supply and waiting GPUs).";
        }
        return lacksA < lacksB
                ? tie + "; " + nameA + " ranks first as it lacks less: " + lacksA + " errors against " + lacksB + "."
                : tie + " and lack as much (" + lacksA + " errors each); " + nameA + " comes first in the site file.";
    }

    /** The buildings of the first two sites, when one stands and the other must be built. */
    private static String buildings(SiteEvaluation a, SiteEvaluation b) {
        Building ba = a.site().building();
        Building bb = b.site().building();
        if (ba.existing() == bb.existing()) {
            return "";
        }
        return " " + a.site().name() + (ba.existing() ? " has an existing building, ready " : " builds new halls, ready ")
                + ba.readyBy() + "; " + b.site().name() + (bb.existing() ? " has an existing building, ready "
                : " builds new halls, ready ") + bb.readyBy() + ".";
    }
}
