import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The swings of a scenario's phases under two builds of the planner (or more) in one JVM, runs of 25 phases
 * (SwingModel's) taking turns, so that all see the same load: on a shared machine, separate runs differ by more than a
 * change does. Prints each build's CPU time per round (this thread's, the simulation only) and whether each build's
 * assessments equal the build's before it. Each run is assessed by a new model (nothing remembered); with
 * {@code --another-supply}, by one model per build that keeps the campus traces, as a sweep's variant that supplies a
 * phase seen before in another way (JMH SwingBenchmark.anotherSupply): the battery search and the limits alone (a
 * scenario of up to four phases: a model keeps the last four campus traces).
 *
 * <pre>java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC scripts/SwingAB.java SCENARIO ROUNDS [--another-supply] BEFORE.jar AFTER.jar [MORE.jar ...]</pre>
 */
public class SwingAB {

    /** One build's phases and the way to assess them. */
    record Build(Path jar, Object settings, List<Object> phases, Class<?> model, Method assessAll, Object silent,
                 Method simulate, Object kept) {

        static Build of(Path jar, Path scenario) throws Exception {
            ClassLoader cl = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
            Object catalogue = type(cl, "catalogue.CatalogueReader").getMethod("loadDefault").invoke(null);
            Class<?> loaderType = type(cl, "scenario.ScenarioLoader");
            Object loader = loaderType.getConstructor(type(cl, "catalogue.Catalogue")).newInstance(catalogue);
            Object loaded = loaderType.getMethod("load", Path.class).invoke(loader, scenario);
            Class<?> scenarioType = type(cl, "scenario.Scenario");
            Class<?> settingsType = type(cl, "swing.SwingSettings");
            Object withoutSwing = scenarioType.getMethod("withSwing", settingsType).invoke(loaded, (Object) null);
            Class<?> planner = type(cl, "plan.Planner");
            Object plan = planner.getMethod("plan", scenarioType).invoke(planner.getConstructor().newInstance(),
                    withoutSwing);
            Method supplyOf = type(cl, "plan.SwingPhases").getMethod("supplyOf", scenarioType,
                    type(cl, "plan.PhasePlan"));
            List<Object> phases = new ArrayList<>();
            for (Object phase : (List<?>) plan.getClass().getMethod("phases").invoke(plan)) {
                phases.add(supplyOf.invoke(null, loaded, phase));
            }
            Class<?> model = type(cl, "swing.SwingModel");
            Class<?> progress = type(cl, "swing.SwingProgress");
            return new Build(jar, scenarioType.getMethod("swing").invoke(loaded), phases, model,
                    model.getMethod("assessAll", settingsType, List.class, progress), progress.getField("NONE").get(null),
                    model.getMethod("simulate", settingsType, type(cl, "swing.PhaseSupply")),
                    model.getConstructor().newInstance());
        }

        private static Class<?> type(ClassLoader cl, String name) throws ClassNotFoundException {
            return cl.loadClass("io.gigawatt.planner." + name);
        }

        /** The phases from {@code from} to {@code to} assessed by a new model (nothing remembered), on this thread. */
        Object assess(int from, int to) throws Exception {
            return assessAll.invoke(model.getConstructor().newInstance(), settings, phases.subList(from, to), silent);
        }

        /** The same phases simulated by this build's one model, which keeps their campus traces. */
        Object supplyAgain(int from, int to) throws Exception {
            List<Object> found = new ArrayList<>();
            for (Object phase : phases.subList(from, to)) {
                Object run = simulate.invoke(kept, settings, phase);
                found.add(run.getClass().getMethod("assessment").invoke(run));
            }
            return found;
        }
    }

    public static void main(String[] args) throws Exception {
        Path scenario = Path.of(args[0]);
        int rounds = Integer.parseInt(args[1]);
        boolean anotherSupply = args[2].equals("--another-supply");
        List<Build> builds = new ArrayList<>();
        for (int i = anotherSupply ? 3 : 2; i < args.length; i++) {
            builds.add(Build.of(Path.of(args[i]), scenario));
        }
        int count = builds.size();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int n = builds.get(0).phases().size();
        long[][] perRound = new long[count][rounds];
        boolean[] equal = new boolean[count];
        Arrays.fill(equal, true);
        for (int round = 1; round <= rounds; round++) {
            long[] cpu = new long[count];
            String loadBefore = load();
            for (int from = 0, turn = 0; from < n; from += 25, turn++) {
                Object[] found = new Object[count];
                for (int i = 0; i < count; i++) {
                    int b = (turn + i) % count; // each build goes first in turn
                    int to = Math.min(n, from + 25);
                    long start = threads.getCurrentThreadCpuTime();
                    found[b] = anotherSupply ? builds.get(b).supplyAgain(from, to) : builds.get(b).assess(from, to);
                    cpu[b] += threads.getCurrentThreadCpuTime() - start;
                }
                for (int b = 1; b < count; b++) {
                    equal[b] &= String.valueOf(found[b - 1]).equals(String.valueOf(found[b]));
                }
            }
            StringBuilder line = new StringBuilder();
            for (int b = 0; b < count; b++) {
                perRound[b][round - 1] = cpu[b];
                line.append(String.format(", %s %.2f ms CPU", builds.get(b).jar().getFileName(), cpu[b] / 1e6));
            }
            System.out.printf("round %d, %d phases, load %s-%s%s%n", round, n, loadBefore, load(), line);
        }
        // the first half of the rounds warms the JIT up
        for (int b = 0; b < count; b++) {
            long[] warm = Arrays.copyOfRange(perRound[b], rounds / 2, rounds);
            Arrays.sort(warm);
            System.out.printf("%s: median %.2f ms CPU a round over the last %d rounds (%.2f-%.2f)%n",
                    builds.get(b).jar().getFileName(), warm[warm.length / 2] / 1e6, warm.length, warm[0] / 1e6,
                    warm[warm.length - 1] / 1e6);
        }
        for (int b = 1; b < count; b++) {
            System.out.printf("%s: the assessments %s %s's%n", builds.get(b).jar().getFileName(),
                    equal[b] ? "are equal to" : "DIFFER from", builds.get(b - 1).jar().getFileName());
        }
    }

    private static String load() throws Exception {
        return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    }
}
