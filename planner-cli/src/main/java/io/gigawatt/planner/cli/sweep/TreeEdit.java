package io.gigawatt.planner.cli.sweep;

import io.gigawatt.planner.input.InputException;
import io.gigawatt.planner.input.Location;
import io.gigawatt.planner.input.Node;
import io.gigawatt.planner.input.Node.Entry;
import io.gigawatt.planner.input.Node.ListNode;
import io.gigawatt.planner.input.Node.MapNode;
import io.gigawatt.planner.input.Node.ScalarNode;
import io.gigawatt.planner.input.Problem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sets one value in a scenario's YAML tree, as a planner would by editing the file: the tree that comes back is
 * the file's tree with that value written in (locations kept, so the loader's problems point into the file). A key
 * the file does not have is added to its mapping, located at the mapping, and the loader then judges it like any
 * key written there: a misspelt key is reported as unknown, with the nearest known key. A mapping may be given a
 * single value (a spread {@code {low, likely, high}} written as one number): the loader judges that too.
 */
public final class TreeEdit {

    /**
     * The edited tree, and the path of the first place where the file's shape changed, for the loader to judge: a key
     * that had to be added, or a mapping given a single value (null when the value replaced a value in the file).
     */
    public record Result(Node tree, String reshaped) {
    }

    private TreeEdit() {
    }

    public static Result set(Node root, KeyPath path, Value value) throws InputException {
        String[] reshaped = new String[1];
        Node tree = set(root, path, 0, value, reshaped);
        return new Result(tree, reshaped[0]);
    }

    private static Node set(Node node, KeyPath path, int depth, Value value, String[] reshaped) throws InputException {
        List<KeyPath.Segment> segments = path.segments();
        if (depth == segments.size()) {
            if (node instanceof ListNode) {
                throw problem(node.location(), path.text(), "found " + node.kind()
                        + ", expected a single value to vary (a number, a date, a name): give the path down to one");
            }
            if (node instanceof MapNode && reshaped[0] == null) {
                reshaped[0] = path.text();
            }
            return new ScalarNode(node.location(), value.text(), value.type());
        }
        KeyPath.Segment segment = segments.get(depth);
        if (segment.isIndex()) {
            if (!(node instanceof ListNode list)) {
                throw problem(node.location(), path.prefix(depth), "found " + node.kind()
                        + ", expected a list to take item [" + segment.index() + "] of");
            }
            if (segment.index() >= list.items().size()) {
                throw problem(list.location(), path.prefix(depth + 1), "there is no item [" + segment.index()
                        + "]: the list has " + list.items().size() + (list.items().size() == 1 ? " item" : " items")
                        + ", counted from [0] (a sweep changes values, it does not add items)");
            }
            List<Node> items = new ArrayList<>(list.items());
            items.set(segment.index(), set(items.get(segment.index()), path, depth + 1, value, reshaped));
            return new ListNode(list.location(), items);
        }
        if (!(node instanceof MapNode map)) {
            throw problem(node.location(), depth == 0 ? path.text() : path.prefix(depth), "found " + node.kind()
                    + ", expected a mapping with the key '" + segment.key() + "'");
        }
        Map<String, Entry> entries = new LinkedHashMap<>(map.entries());
        Entry entry = map.entries().get(segment.key());
        if (entry == null) {
            if (reshaped[0] == null) {
                reshaped[0] = path.prefix(depth + 1);
            }
            entries.put(segment.key(), new Entry(segment.key(), map.location(),
                    fresh(map.location(), path, depth + 1, value)));
        } else {
            entries.put(segment.key(), new Entry(entry.key(), entry.keyLocation(),
                    set(entry.value(), path, depth + 1, value, reshaped)));
        }
        return new MapNode(map.location(), entries);
    }

    /** The rest of a path the file does not have, as mappings down to the value, all located at {@code at}. */
    private static Node fresh(Location at, KeyPath path, int depth, Value value) throws InputException {
        if (depth == path.segments().size()) {
            return new ScalarNode(at, value.text(), value.type());
        }
        KeyPath.Segment segment = path.segments().get(depth);
        if (segment.isIndex()) {
            throw problem(at, path.prefix(depth), "not in the scenario, so it has no item [" + segment.index()
                    + "] (a sweep changes values, it does not add items)");
        }
        return new MapNode(at, Map.of(segment.key(), new Entry(segment.key(), at, fresh(at, path, depth + 1, value))));
    }

    private static InputException problem(Location location, String field, String message) {
        return new InputException(new Problem(location, field, message));
    }
}
