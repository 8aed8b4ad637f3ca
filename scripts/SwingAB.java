import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The swings of a scenario's phases under two builds of the planner in one JVM, runs of 25 phases (SwingModel's) taking
 * turns, so that both see the same load: on a shared machine, separate runs differ by more than a change does. Prints
 * each build's CPU time per round (this thread's, the simulation only) and whether the assessments are equal.
 *
 * <pre>java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC scripts/SwingAB.java SCENARIO ROUNDS BEFORE.jar AFTER.jar</pre>
 */
public class SwingAB {

    /** One build's phases and the way to assess them. */
    record Build(Path jar, Object settings, List<Object> phases, Class<?> model, Method assessAll, Object silent) {

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
                    model.getMethod("assessAll", settingsType, List.class, progress), progress.getField("NONE").get(null));
        }

        private static Class<?> type(ClassLoader cl, String name) throws ClassNotFoundException {
            return cl.loadClass("io.gigawatt.planner." + name);
        }

        /** The phases from {@code from} to {@code to} assessed by a new model (nothing remembered), on this thread. */
        Object assess(int from, int to) throws Exception {
            return assessAll.invoke(model.getConstructor().newInstance(), settings, phases.subList(from, to), silent);
        }
    }

    public static void main(String[] args) throws Exception {
        Path scenario = Path.of(args[0]);
        int rounds = Integer.parseInt(args[1]);
        Build[] builds = {Build.of(Path.of(args[2]), scenario), Build.of(Path.of(args[3]), scenario)};
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int n = builds[0].phases().size();
        boolean equal = true;
        for (int round = 1; round <= rounds; round++) {
            long[] cpu = new long[2];
            String loadBefore = load();
            for (int from = 0, turn = 0; from < n; from += 25, turn++) {
                Object[] found = new Object[2];
                for (int i = 0; i < 2; i++) {
                    int b = (turn + i) % 2; // each build goes first every other run
                    long start = threads.getCurrentThreadCpuTime();
                    found[b] = builds[b].assess(from, Math.min(n, from + 25));
                    cpu[b] += threads.getCurrentThreadCpuTime() - start;
                }
                equal &= String.valueOf(found[0]).equals(String.valueOf(found[1]));
            }
            System.out.printf("round %d, %d phases, load %s-%s: %s %.2f s CPU, %s %.2f s CPU%n", round, n, loadBefore,
                    load(), builds[0].jar().getFileName(), cpu[0] / 1e9, builds[1].jar().getFileName(), cpu[1] / 1e9);
        }
        System.out.println(equal ? "the assessments are equal" : "THE ASSESSMENTS DIFFER");
    }

    private static String load() throws Exception {
        return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    }
}
