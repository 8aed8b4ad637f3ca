package io.gigawatt.planner.timeline;

import io.gigawatt.planner.targets.Target;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.DoubleFunction;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

/**
 * Draws the uncertain inputs of a scenario (triangular distributions over the planner's low / likely / high,
 * from a seeded Well19937c generator) and collects each phase's ready date and each target's closing date as
 * P10/P50/P90; then a tornado: each input alone from its low to its high, the others at their likely values.
 * The same seed gives the same figures.
 */
public final class MonteCarlo {

    /** Each phase's and each target's dates over the draws, and each phase's ready day in each draw. */
    public record Result(List<DateRange> phases, List<DateRange> targets, RiskSummary summary, ReadyDraws draws) {
    }

    private MonteCarlo() {
    }

    static Result run(Campus campus, Risk risk) {
        RandomGenerator random = new Well19937c(risk.seed());
        Spread.Sampler gridSlip = sampler(risk.gridSlipDays(), 0, random);
        Spread.Sampler leadTime = sampler(risk.leadTimeFactor(), 1, random);
        Spread.Sampler pue = sampler(risk.pue(), campus.inputs.facility().pue(), random);
        Spread.Sampler gpuPower = sampler(risk.gpuPowerFactor(), 1, random);
        List<SupplyOption> options = campus.input.futureSupply();
        List<Spread.Sampler> optionSlips = options.stream().map(o -> sampler(o.slipDays(), 0, random)).toList();

        int phases = campus.phases.size();
        int subjects = phases + campus.inputs.targets().size();
        long[][] days = new long[subjects][risk.draws()];
        double[] trancheSlips = new double[campus.inputs.grid().tranches().size()];
        long[] optionDays = new long[options.size()];
        for (int draw = 0; draw < risk.draws(); draw++) {
            for (int i = 0; i < trancheSlips.length; i++) {
                trancheSlips[i] = gridSlip.sample();
            }
            double factor = leadTime.sample();
            double drawnPue = pue.sample();
            double drawnGpuPower = gpuPower.sample();
            for (int i = 0; i < optionDays.length; i++) {
                optionDays[i] = options.get(i).earliest().toEpochDay() + Math.round(optionSlips.get(i).sample());
            }
            long[] outcome = campus.outcome(new Draw(campus.slippedTranches(trancheSlips), factor, drawnPue,
                    drawnGpuPower, optionDays.clone()));
            for (int s = 0; s < subjects; s++) {
                days[s][draw] = outcome[s];
            }
        }
        long[][] phaseDays = new long[phases][];
        for (int p = 0; p < phases; p++) {
            phaseDays[p] = days[p].clone(); // before the ranges sort them
        }
        List<DateRange> phaseRanges = new ArrayList<>();
        List<DateRange> targetRanges = new ArrayList<>();
        for (int s = 0; s < subjects; s++) {
            (s < phases ? phaseRanges : targetRanges).add(DateRange.of(days[s]));
        }
        return new Result(phaseRanges, targetRanges, tornado(campus, risk), new ReadyDraws(phaseDays, risk.seed()));
    }

    /** Each uncertain input alone at its low and high value, the others at their likely value. */
    private static RiskSummary tornado(Campus campus, Risk risk) {
        List<Target> targets = campus.inputs.targets();
        int subject = targets.isEmpty() ? campus.phases.size() - 1 : campus.phases.size();
        String subjectName = targets.isEmpty() ? campus.phases.get(subject).name() : targets.get(0).name();
        Likely likely = new Likely(campus, risk);
        List<TornadoBar> bars = new ArrayList<>();
        bar(bars, "grid slip (days)", risk.gridSlipDays(), v -> likely.with(v, null, null, null, -1, 0), campus, subject);
        bar(bars, "lead-time factor", risk.leadTimeFactor(), v -> likely.with(null, v, null, null, -1, 0), campus, subject);
        bar(bars, "PUE", risk.pue(), v -> likely.with(null, null, v, null, -1, 0), campus, subject);
        bar(bars, "GPU power factor", risk.gpuPowerFactor(), v -> likely.with(null, null, null, v, -1, 0), campus,
                subject);
        List<SupplyOption> options = campus.input.futureSupply();
        for (int i = 0; i < options.size(); i++) {
            int option = i;
            bar(bars, options.get(i).name() + " slip (days)", options.get(i).slipDays(),
                    v -> likely.with(null, null, null, null, option, v), campus, subject);
        }
        bars.sort(Comparator.comparingLong(TornadoBar::swingDays).reversed().thenComparing(TornadoBar::input));
        return new RiskSummary(risk.seed(), risk.draws(), subjectName, bars);
    }

    private static void bar(List<TornadoBar> bars, String name, Spread spread, DoubleFunction<Draw> draw, Campus campus,
                            int subject) {
        if (spread == null || !spread.uncertain()) {
            return;
        }
        long low = campus.outcome(draw.apply(spread.low()))[subject];
        long high = campus.outcome(draw.apply(spread.high()))[subject];
        long swing = low == Campus.NEVER && high == Campus.NEVER ? 0
                : low == Campus.NEVER || high == Campus.NEVER ? Long.MAX_VALUE : Math.abs(high - low);
        bars.add(new TornadoBar(name, spread.low(), spread.high(), date(low), date(high), swing));
    }

    private static LocalDate date(long epochDay) {
        return epochDay == Campus.NEVER ? null : LocalDate.ofEpochDay(epochDay);
    }

    private static Spread.Sampler sampler(Spread spread, double fixed, RandomGenerator random) {
        return spread == null ? () -> fixed : spread.sampler(random);
    }

    /** The draw with every input at its likely value, and variations of it one input at a time. */
    private record Likely(Campus campus, Risk risk) {

        Draw with(Double gridSlip, Double leadFactor, Double pue, Double gpuPower, int option, double optionSlip) {
            double slip = gridSlip != null ? gridSlip : likely(risk.gridSlipDays(), 0);
            double[] slips = new double[campus.inputs.grid().tranches().size()];
            java.util.Arrays.fill(slips, slip);
            List<SupplyOption> options = campus.input.futureSupply();
            long[] optionDays = new long[options.size()];
            for (int i = 0; i < optionDays.length; i++) {
                double s = i == option ? optionSlip : likely(options.get(i).slipDays(), 0);
                optionDays[i] = options.get(i).earliest().toEpochDay() + Math.round(s);
            }
            return new Draw(campus.slippedTranches(slips),
                    leadFactor != null ? leadFactor : likely(risk.leadTimeFactor(), 1),
                    pue != null ? pue : likely(risk.pue(), campus.inputs.facility().pue()),
                    gpuPower != null ? gpuPower : likely(risk.gpuPowerFactor(), 1), optionDays);
        }

        private static double likely(Spread spread, double fixed) {
            return spread == null ? fixed : spread.likely();
        }
    }
}
