package io.gigawatt.planner.rules.guide;

import io.gigawatt.planner.rules.FactModel;
import io.gigawatt.planner.rules.policy.PolicyReader;
import io.gigawatt.planner.rules.policy.ThresholdSpec;
import io.gigawatt.planner.units.Quantities;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes the fact model and the default thresholds as Markdown from the classes themselves, so the planners'
 * guide cannot drift from what the engine inserts: the guide's generated blocks must equal this output.
 */
final class FactModelMarkdown {

    private static final Set<String> OBJECT_METHODS = Set.of("toString", "hashCode", "getClass", "notify",
            "notifyAll", "wait", "equals");

    private FactModelMarkdown() {
    }

    /** Every type a rule reaches from the inserted facts, each with the fields and derived values it offers. */
    static String facts() {
        StringBuilder out = new StringBuilder();
        for (Class<?> type : reachableTypes()) {
            boolean inserted = FactModel.INSERTED.contains(type);
            out.append("#### ").append(displayName(type)).append(inserted ? " (inserted)" : "").append("\n\n");
            out.append("`").append(type.getName()).append("`\n\n");
            out.append("| property | type |\n|---|---|\n");
            for (Method method : properties(type)) {
                out.append("| `").append(method.getName()).append("` | ")
                        .append(typeName(method.getGenericReturnType())).append(" |\n");
            }
            List<Method> queries = queries(type);
            if (!queries.isEmpty()) {
                out.append("\n| query | result |\n|---|---|\n");
                for (Method method : queries) {
                    out.append("| `").append(method.getName()).append("(").append(String.join(", ",
                                    Arrays.stream(method.getGenericParameterTypes()).map(FactModelMarkdown::typeName)
                                            .toList())).append(")` | ")
                            .append(typeName(method.getGenericReturnType())).append(" |\n");
                }
            }
            out.append("\n");
        }
        return out.toString();
    }

    static String thresholds() {
        StringBuilder out = new StringBuilder("| threshold | default | allowed | unit | meaning |\n|---|---|---|---|---|\n");
        for (ThresholdSpec spec : PolicyReader.defaultThresholds()) {
            out.append("| `").append(spec.name()).append("` | ").append(Quantities.format(spec.value())).append(" | ")
                    .append(Quantities.format(spec.min())).append(" to ").append(Quantities.format(spec.max()))
                    .append(" | ").append(spec.unit()).append(" | ").append(spec.doc()).append(" |\n");
        }
        return out.toString();
    }

    /** The inserted types first, in insertion order, then the types their properties lead to. */
    private static List<Class<?>> reachableTypes() {
        Set<Class<?>> seen = new LinkedHashSet<>();
        Deque<Class<?>> queue = new ArrayDeque<>(FactModel.INSERTED);
        while (!queue.isEmpty()) {
            Class<?> type = queue.removeFirst();
            if (!seen.add(type)) {
                continue;
            }
            for (Method method : properties(type)) {
                Class<?> returned = method.getReturnType();
                if (returned.getName().startsWith("io.gigawatt.planner.") && !seen.contains(returned)) {
                    queue.addLast(returned);
                }
            }
        }
        return List.copyOf(seen);
    }

    /** Record components in declaration order, then other public no-argument methods by name. */
    private static List<Method> properties(Class<?> type) {
        Set<Method> methods = new LinkedHashSet<>();
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                methods.add(component.getAccessor());
            }
        }
        Arrays.stream(type.getMethods())
                .filter(m -> m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers())
                        && m.getReturnType() != void.class && !OBJECT_METHODS.contains(m.getName())
                        && m.getDeclaringClass() != Object.class && m.getDeclaringClass() != Enum.class
                        && !m.getName().equals("compareTo"))
                .sorted(Comparator.comparing(Method::getName))
                .forEach(methods::add);
        return List.copyOf(methods);
    }

    /**
     * An object that is not a record ({@code GridSupply}) is asked rather than read: its public methods with
     * arguments, by name, which conditions call like {@code firstReaching($p.date, $needed) != null}.
     */
    private static List<Method> queries(Class<?> type) {
        if (type.isRecord() || type.isEnum()) {
            return List.of();
        }
        return Arrays.stream(type.getMethods())
                .filter(m -> m.getParameterCount() > 0 && !Modifier.isStatic(m.getModifiers())
                        && m.getReturnType() != void.class && m.getDeclaringClass() != Object.class)
                .sorted(Comparator.comparing(Method::getName))
                .toList();
    }

    private static String displayName(Class<?> type) {
        return type.getEnclosingClass() == null ? type.getSimpleName()
                : type.getEnclosingClass().getSimpleName() + "." + type.getSimpleName();
    }

    private static String typeName(Type type) {
        if (type instanceof Class<?> c) {
            return c.getName().startsWith("io.gigawatt.planner.") ? displayName(c) : c.getSimpleName();
        }
        if (type instanceof ParameterizedType p) {
            return typeName(p.getRawType()) + "&lt;" + String.join(", ",
                    Arrays.stream(p.getActualTypeArguments()).map(FactModelMarkdown::typeName).toList()) + "&gt;";
        }
        return type.getTypeName();
    }
}
