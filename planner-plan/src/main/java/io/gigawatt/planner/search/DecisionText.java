package io.gigawatt.planner.search;

import io.gigawatt.planner.catalogue.Equipment;
import io.gigawatt.planner.decisions.GridOffer;
import io.gigawatt.planner.decisions.Lever;
import io.gigawatt.planner.input.InputException;
import io.gigawatt.planner.input.Location;
import io.gigawatt.planner.input.Node;
import io.gigawatt.planner.input.Node.ListNode;
import io.gigawatt.planner.input.Node.MapNode;
import io.gigawatt.planner.input.Node.ScalarNode;
import io.gigawatt.planner.input.YamlFiles;
import io.gigawatt.planner.scenario.Scenario;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes chosen lever values into the scenario's own text, as a planner would edit the file: each value replaced
 * where it is written, a planned count the file lacks added beside its milestone's keys, every comment and every
 * other line kept. The search judges this text and {@code planner plan} writes it, so what is proposed is what
 * was judged.
 */
public final class DecisionText {

    /** The key of {@code timeline.futureSupply[i]} that says whether the option is contracted. */
    private static final String CONTRACTED = "contracted";

    private final String name;
    private final String text;
    private final Node tree;
    private final Scenario scenario;
    private final int[] lineStarts;

    /** The scenario file's text under {@code name}, and the scenario it loads as. */
    public DecisionText(String name, String text, Scenario scenario) throws InputException {
        this.name = name;
        this.text = text;
        this.tree = YamlFiles.read(name, text);
        this.scenario = scenario;
        List<Integer> starts = new ArrayList<>(List.of(0));
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    public String name() {
        return name;
    }

    public String text() {
        return text;
    }

    /** A text replacing {@code length} characters at {@code offset}. */
    private record Edit(int offset, int length, String replacement) {
    }

    /** The text with each lever at the value chosen for it ({@code choice[i]}: an index into lever i's values). */
    public String with(List<Lever> levers, int[] choice) {
        List<Edit> edits = new ArrayList<>();
        Map<String, Integer> caps = new LinkedHashMap<>();
        Map<String, String> orders = new LinkedHashMap<>();
        List<GridOffer> offers = new ArrayList<>();
        for (int i = 0; i < levers.size(); i++) {
            Lever lever = levers.get(i);
            Integer value = lever.values().get(choice[i]);
            if (value == null) {
                continue; // not stated: left as written, for the models to size
            }
            if (lever.kind() == Lever.Kind.POWER_CAP_W) {
                caps.put(lever.subject(), value);
            } else if (lever.kind() == Lever.Kind.CONTRACT) {
                contract(lever.subject(), value == 1, edits);
            } else if (lever.kind() == Lever.Kind.ORDER) {
                orders.put(lever.subject(), lever.stated(value));
            } else if (lever.kind() == Lever.Kind.GRID_OFFER) {
                if (value == 1) {
                    offers.add(scenario.decisions().gridOffers().get(lever.subject()));
                }
            } else if (lever.kind() == Lever.Kind.ACQUIRE) {
                acquire(lever.subject(), lever.names().get(value), edits);
            } else if (lever.kind() == Lever.Kind.GENERATOR_MODEL) {
                MapNode generators = (MapNode) section("equipment").entries().get("generators").value();
                edits.add(replace(generators.entries().get("model").value(), lever.names().get(value)));
            } else if (lever.kind() == Lever.Kind.DEFER_DAYS) {
                edits.add(replace(milestone(lever).entries().get("date").value(),
                        scenario.build().milestones().get(lever.milestone()).date().plusDays(value).toString()));
            } else if (lever.written() != null) {
                edits.add(replace(((MapNode) planned(lever)).entries().get(lever.kind().key()).value(),
                        Integer.toString(value)));
            } else {
                edits.add(addPlanned(lever, value));
            }
        }
        powerCaps(caps, edits);
        orderDates(orders, edits);
        gridOffers(offers, edits);
        edits.sort(Comparator.comparingInt(Edit::offset).reversed());
        StringBuilder edited = new StringBuilder(text);
        for (Edit edit : edits) {
            edited.replace(edit.offset(), edit.offset() + edit.length(), edit.replacement());
        }
        return edited.toString();
    }

    /**
     * Writes each model's cap at {@code equipment.gpus.MODEL.powerCapW}: in place where the file states one, else
     * added to the model's mapping, to {@code gpus:}, or as a {@code gpus:} mapping of its own in {@code equipment:}.
     */
    private void powerCaps(Map<String, Integer> caps, List<Edit> edits) {
        if (caps.isEmpty()) {
            return;
        }
        MapNode equipment = section("equipment");
        Node.Entry gpus = equipment.entries().get("gpus");
        if (gpus == null) {
            List<String> models = caps.entrySet().stream()
                    .map(c -> c.getKey() + ": {" + Lever.Kind.POWER_CAP_W.key() + ": " + c.getValue() + "}").toList();
            edits.add(addKey(equipment, "gpus", "{" + String.join(", ", models) + "}"));
            return;
        }
        MapNode stated = (MapNode) gpus.value();
        caps.forEach((model, watts) -> {
            Node.Entry entry = stated.entries().get(model);
            if (entry == null) {
                edits.add(addKey(stated, model, "{" + Lever.Kind.POWER_CAP_W.key() + ": " + watts + "}"));
                return;
            }
            MapNode modelMap = (MapNode) entry.value();
            Node.Entry cap = modelMap.entries().get(Lever.Kind.POWER_CAP_W.key());
            edits.add(cap == null ? addKey(modelMap, Lever.Kind.POWER_CAP_W.key(), Integer.toString(watts))
                    : replace(cap.value(), Integer.toString(watts)));
        });
    }

    /**
     * Writes each order date at {@code timeline.orders.EQUIPMENT}: in place where the file states one, else added to
     * {@code orders:}, or as an {@code orders:} mapping of its own in {@code timeline:}.
     */
    private void orderDates(Map<String, String> dates, List<Edit> edits) {
        if (dates.isEmpty()) {
            return;
        }
        MapNode timeline = section("timeline");
        Node.Entry orders = timeline.entries().get("orders");
        if (orders == null) {
            List<String> written = dates.entrySet().stream().map(d -> d.getKey() + ": " + d.getValue()).toList();
            edits.add(addKey(timeline, "orders", "{" + String.join(", ", written) + "}"));
            return;
        }
        MapNode stated = (MapNode) orders.value();
        dates.forEach((equipment, date) -> {
            Node.Entry entry = stated.entries().get(equipment);
            edits.add(entry == null ? addKey(stated, equipment, date) : replace(entry.value(), date));
        });
    }

    /**
     * Writes {@code contracted: false} into the future supply option named {@code option}, or {@code true} where the
     * file states the key; a contracted option without the key is left as written (contracted is the default).
     */
    private void contract(String option, boolean contracted, List<Edit> edits) {
        MapNode timeline = section("timeline");
        MapNode item = ((ListNode) timeline.entries().get("futureSupply").value()).items().stream()
                .map(MapNode.class::cast)
                .filter(o -> o.entries().get("name").value() instanceof ScalarNode name && option.equals(name.text()))
                .findFirst().orElseThrow();
        Node.Entry stated = item.entries().get(CONTRACTED);
        if (stated != null) {
            edits.add(replace(stated.value(), Boolean.toString(contracted)));
        } else if (!contracted) {
            // a list item's mapping: a key before its first would fall outside the item, so after its first line
            edits.add(text.charAt(offset(item.location())) == '{' ? addKey(item, CONTRACTED, "false")
                    : new Edit(lineEnd(item.location()), 0, "\n" + " ".repeat(item.location().column() - 1)
                    + CONTRACTED + ": false"));
        }
    }

    /**
     * Adds each offer taken to {@code grid.tranches} in date order, a list item of one line with the offer's name as
     * its note, and its own interconnection cost, if it states one, to {@code economics.grid.interconnection}.
     */
    private void gridOffers(List<GridOffer> offers, List<Edit> edits) {
        if (offers.isEmpty()) {
            return;
        }
        List<Node> tranches = ((ListNode) section("grid").entries().get("tranches").value()).items();
        Map<Integer, StringBuilder> inserts = new TreeMap<>();
        offers.stream().sorted(Comparator.comparing(GridOffer::date)).forEach(offer -> {
            Node later = tranches.stream().filter(t -> LocalDate.parse(((ScalarNode) ((MapNode) t).entries()
                    .get("date").value()).text()).isAfter(offer.date())).findFirst().orElse(null);
            Node beside = later != null ? later : tranches.get(tranches.size() - 1);
            int dash = text.lastIndexOf('-', offset(beside.location()));
            String item = " ".repeat(dash - lineStart(beside.location())) + "- {date: " + offer.date() + ", firmMw: "
                    + plain(offer.firm().mw()) + ", note: '" + ("offer: " + offer.name()).replace("'", "''") + "'}";
            if (later != null) {
                inserts.computeIfAbsent(lineStart(later.location()), at -> new StringBuilder()).append(item)
                        .append('\n');
            } else {
                inserts.computeIfAbsent(lineEnd(lastLine(beside)), at -> new StringBuilder()).append('\n')
                        .append(item);
            }
        });
        inserts.forEach((at, lines) -> edits.add(new Edit(at, 0, lines.toString())));
        Map<String, String> costs = new LinkedHashMap<>();
        offers.stream().filter(o -> o.interconnection() != null)
                .forEach(o -> costs.put(o.date().toString(), plain(o.interconnection().amount())));
        if (!costs.isEmpty()) {
            interconnection(costs, edits);
        }
    }

    /** Writes one-off costs by tranche date at {@code economics.grid.interconnection}, adding what is missing. */
    private void interconnection(Map<String, String> costs, List<Edit> edits) {
        String flow = "{" + String.join(", ", costs.entrySet().stream().map(c -> c.getKey() + ": " + c.getValue())
                .toList()) + "}";
        Node.Entry economics = ((MapNode) tree).entries().get("economics");
        if (economics == null) {
            edits.add(new Edit(text.length(), 0, (text.endsWith("\n") ? "" : "\n") + "economics:\n  grid:\n"
                    + "    interconnection: " + flow + "\n"));
            return;
        }
        Node.Entry grid = ((MapNode) economics.value()).entries().get("grid");
        if (grid == null) {
            edits.add(addKey((MapNode) economics.value(), "grid", "{interconnection: " + flow + "}"));
            return;
        }
        Node.Entry stated = ((MapNode) grid.value()).entries().get("interconnection");
        edits.add(stated == null ? addKey((MapNode) grid.value(), "interconnection", flow)
                : addKeys((MapNode) stated.value(), costs));
    }

    /** The last line a node's text takes (a block mapping's last value's line). */
    private static Location lastLine(Node node) {
        if (node instanceof MapNode map && !map.entries().isEmpty()) {
            return lastLine(List.copyOf(map.entries().values()).get(map.entries().size() - 1).value());
        }
        if (node instanceof ListNode list && !list.items().isEmpty()) {
            return lastLine(list.items().get(list.items().size() - 1));
        }
        return node.location();
    }

    /** A number as YAML reads it back, without a needless ".0". */
    private static String plain(double number) {
        return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
    }

    /**
     * Writes {@code acquire: rent|buy} into {@code equipment.FLEET}: in place where the file states it, else added
     * for a fleet bought (rent is the default).
     */
    private void acquire(String fleet, String acquire, List<Edit> edits) {
        MapNode equipment = (MapNode) section("equipment").entries().get(fleet).value();
        Node.Entry stated = equipment.entries().get(Lever.Kind.ACQUIRE.key());
        if (stated != null) {
            edits.add(replace(stated.value(), acquire));
        } else if (!acquire.equals(Equipment.RENT)) {
            edits.add(addKey(equipment, Lever.Kind.ACQUIRE.key(), acquire));
        }
    }

    /** A top-level section of the scenario, which the loader has read as a mapping. */
    private MapNode section(String key) {
        return (MapNode) ((MapNode) tree).entries().get(key).value();
    }

    private MapNode milestone(Lever lever) {
        MapNode build = section("build");
        return (MapNode) ((ListNode) build.entries().get("milestones").value()).items().get(lever.milestone());
    }

    private Node planned(Lever lever) {
        Node.Entry planned = milestone(lever).entries().get("planned");
        return planned == null ? null : planned.value();
    }

    /** Replaces the scalar {@code node} as written (quoted or not), up to a comment, a comma or a brace. */
    private Edit replace(Node node, String value) {
        int start = offset(node.location());
        char first = text.charAt(start);
        int end = start;
        if (first == '\'' || first == '"') {
            end = text.indexOf(first, start + 1) + 1;
        } else {
            while (end < text.length() && ",}]#\n\r".indexOf(text.charAt(end)) < 0) {
                end++;
            }
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
        }
        return new Edit(start, end - start, value);
    }

    /**
     * Adds {@code kind: value} to the milestone's {@code planned:} mapping, or a {@code planned:} mapping to the
     * milestone: on the line after its first key (as a block mapping's key at that key's column), or first inside a
     * flow mapping's braces.
     */
    private Edit addPlanned(Lever lever, int value) {
        String key = lever.kind().key();
        Node planned = planned(lever);
        if (planned instanceof MapNode stated) {
            return addKey(stated, key, Integer.toString(value));
        }
        MapNode milestone = milestone(lever);
        Location first = milestone.location();
        String indent = " ".repeat(first.column() - 1);
        return new Edit(lineEnd(first), 0, "\n" + indent + "planned:\n" + indent + "  " + key + ": " + value);
    }

    /**
     * Adds {@code key: value} to a mapping: first inside a flow mapping's braces, or before a block mapping's first
     * key, at its column.
     */
    private Edit addKey(MapNode map, String key, String value) {
        return addKeys(map, Map.of(key, value));
    }

    /** Adds each {@code key: value} to a mapping, in order, as {@link #addKey} adds one. */
    private Edit addKeys(MapNode map, Map<String, String> entries) {
        int at = offset(map.location());
        boolean flow = text.charAt(at) == '{';
        String indent = " ".repeat(map.location().column() - 1);
        StringBuilder added = new StringBuilder();
        entries.forEach((key, value) -> added.append(flow ? " " + key + ": " + value + "," : indent + key + ": "
                + value + "\n"));
        return new Edit(flow ? at + 1 : lineStart(map.location()), 0, added.toString());
    }

    private int offset(Location location) {
        return lineStarts[location.line() - 1] + location.column() - 1;
    }

    private int lineStart(Location location) {
        return lineStarts[location.line() - 1];
    }

    private int lineEnd(Location location) {
        int end = text.indexOf('\n', offset(location));
        return end < 0 ? text.length() : end;
    }
}
