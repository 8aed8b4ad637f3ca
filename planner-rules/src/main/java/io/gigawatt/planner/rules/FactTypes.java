package io.gigawatt.planner.rules;

import io.gigawatt.planner.catalogue.Equipment;
import io.gigawatt.planner.demand.Build;
import io.gigawatt.planner.demand.Facility;
import io.gigawatt.planner.demand.Milestone;
import io.gigawatt.planner.demand.Planned;
import io.gigawatt.planner.input.Suggestions;
import io.gigawatt.planner.supply.GridTranche;
import io.gigawatt.planner.targets.Target;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What a rule file can name: the fact types the engine inserts ({@link FactModel#INSERTED}) and the types of their
 * fields, with their fields, for the hints of compile diagnostics ("did you mean ...? known fact types: ...").
 */
final class FactTypes {

    private static final String OUR_PACKAGES = "io.gigawatt.planner.";

    /** Simple name -> type, for the inserted types and every type reachable through their record components. */
    private static final Map<String, Class<?>> REACHABLE = reachable();

    /** Types that moved out of {@code scenario} to the feature that reads them (issue 12): old name -> type. */
    private static final Map<String, Class<?>> MOVED = Map.of(
            "io.gigawatt.planner.scenario.GridTranche", GridTranche.class,
            "io.gigawatt.planner.scenario.Equipment", Equipment.class,
            "io.gigawatt.planner.scenario.Planned", Planned.class,
            "io.gigawatt.planner.scenario.Target", Target.class,
            "io.gigawatt.planner.scenario.Build", Build.class,
            "io.gigawatt.planner.scenario.Milestone", Milestone.class,
            "io.gigawatt.planner.scenario.Facility", Facility.class);

    private FactTypes() {
    }

    /**
     * Where a name of a moved type is now ({@code io.gigawatt.planner.supply.GridTranche} for
     * {@code io.gigawatt.planner.scenario.GridTranche}; a nested type or a function of it likewise), if it is one.
     */
    static Optional<String> movedName(String name) {
        for (Map.Entry<String, Class<?>> moved : MOVED.entrySet()) {
            String old = moved.getKey();
            if (name.equals(old) || name.startsWith(old + ".")) {
                return Optional.of(moved.getValue().getCanonicalName() + name.substring(old.length()));
            }
        }
        return Optional.empty();
    }

    private static Map<String, Class<?>> reachable() {
        Map<String, Class<?>> types = new LinkedHashMap<>();
        Deque<Class<?>> toVisit = new ArrayDeque<>(FactModel.INSERTED);
        while (!toVisit.isEmpty()) {
            Class<?> type = toVisit.poll();
            if (types.putIfAbsent(type.getSimpleName(), type) != null) {
                continue;
            }
            for (RecordComponent component : type.isRecord() ? type.getRecordComponents() : new RecordComponent[0]) {
                if (component.getType().getName().startsWith(OUR_PACKAGES)) {
                    toVisit.add(component.getType());
                }
            }
            // what a fact's queries give, matched with 'from': $build.below(...) gives Stretches,
            // $p.coolingShortOf(...) Units, $grid.reaching(...) a GridReach
            for (Method query : type.getMethods()) {
                if (query.getDeclaringClass() == type && !Modifier.isStatic(query.getModifiers())) {
                    Type given = query.getGenericReturnType();
                    Stream.concat(Stream.of(given), given instanceof ParameterizedType list
                                    ? Arrays.stream(list.getActualTypeArguments()) : Stream.empty())
                            .filter(t -> t instanceof Class<?> c && c.getName().startsWith(OUR_PACKAGES))
                            .forEach(t -> toVisit.add((Class<?>) t));
                }
            }
        }
        return types;
    }

    /** Whether {@code canonicalName} names an inserted fact type or a type reachable through their fields. */
    static boolean reachable(String canonicalName) {
        return REACHABLE.values().stream().anyMatch(t -> canonicalName.equals(t.getCanonicalName()));
    }

    /** The simple names of the inserted fact types, in the engine's order. */
    static List<String> insertedNames() {
        return FactModel.INSERTED.stream().map(Class::getSimpleName).toList();
    }

    /** An inserted fact type by simple name. */
    static Optional<Class<?>> inserted(String simpleName) {
        return FactModel.INSERTED.stream().filter(t -> t.getSimpleName().equals(simpleName)).findFirst();
    }

    /** A type by simple name among the reachable ones, or by qualified name ({@code a.B.C} or {@code a.B$C}). */
    static Optional<Class<?>> named(String name) {
        if (REACHABLE.containsKey(name)) {
            return Optional.of(REACHABLE.get(name));
        }
        String binary = name;
        while (true) {
            try {
                return Optional.of(Class.forName(binary, false, FactTypes.class.getClassLoader()));
            } catch (ClassNotFoundException | LinkageError e) {
                int dot = binary.lastIndexOf('.');
                if (dot < 0) {
                    return Optional.empty();
                }
                binary = binary.substring(0, dot) + "$" + binary.substring(dot + 1);
            }
        }
    }

    /**
     * For a type that is not inserted but is a field of an inserted fact ({@code Target}): where to find it
     * ("it is the field 'target' of TargetAssessment"), if it is one.
     */
    static Optional<String> holderOf(String simpleName) {
        for (Class<?> fact : FactModel.INSERTED) {
            if (!fact.isRecord()) {
                continue;
            }
            for (RecordComponent component : fact.getRecordComponents()) {
                if (component.getType().getSimpleName().equals(simpleName)) {
                    return Optional.of("it is the field '" + component.getName() + "' of " + fact.getSimpleName()
                            + ": match " + fact.getSimpleName() + "( " + component.getName() + "... ) instead");
                }
            }
        }
        return Optional.empty();
    }

    /** The record components of {@code type} (its fields, as rule conditions name them). */
    static List<String> fields(Class<?> type) {
        if (!type.isRecord()) {
            return List.of();
        }
        return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
    }

    /** Its other public no-argument methods, which conditions can use like fields ({@code gridShare}), by name. */
    static List<String> derived(Class<?> type) {
        Set<String> fields = Set.copyOf(fields(type));
        Set<String> objectMethods = Set.of("hashCode", "toString", "getClass", "notify", "notifyAll", "wait");
        return Arrays.stream(type.getMethods())
                .filter(m -> m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers())
                        && m.getReturnType() != void.class && m.getDeclaringClass() != Object.class)
                .map(Method::getName)
                .filter(n -> !fields.contains(n) && !objectMethods.contains(n))
                .distinct()
                .sorted() // reflection gives no reliable order
                .toList();
    }

    /** "did you mean 'x'? " when {@code word} is close to one of {@code candidates}, else "". */
    static String didYouMean(String word, Collection<String> candidates) {
        return Suggestions.closest(word, candidates).map(c -> "did you mean '" + c + "'? ").orElse("");
    }

    /** "fields of PhasePlan: a, b, c; also: x, y" for a hint. */
    static String membersOf(Class<?> type) {
        List<String> fields = fields(type);
        List<String> derived = derived(type);
        StringBuilder text = new StringBuilder();
        if (!fields.isEmpty()) {
            text.append("fields of ").append(type.getSimpleName()).append(": ").append(String.join(", ", fields));
        }
        if (!derived.isEmpty()) {
            text.append(text.length() == 0 ? type.getSimpleName() + " has: " : "; also: ").append(String.join(", ", derived));
        }
        return text.toString();
    }

    /** Every member name a condition or consequence can use on {@code type}. */
    static List<String> members(Class<?> type) {
        List<String> members = new ArrayList<>(fields(type));
        members.addAll(derived(type));
        return members;
    }
}
