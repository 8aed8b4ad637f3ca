package io.gigawatt.planner.rules;

import io.gigawatt.planner.swing.UtilityLimits;
import io.gigawatt.planner.units.Area;
import io.gigawatt.planner.units.Money;
import io.gigawatt.planner.units.Power;
import io.gigawatt.planner.units.Quantities;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A finding's sentence as a rule's metadata writes it ({@code @message}, {@code @recommend}), filled from the values
 * the rule's conditions bind: {@code {gridShare}} is the value bound as {@code $gridShare}, written as the reports
 * write its kind (a power as "150 MW", a date as 2025-01-01, an amount of money in the rule's {@code $currency});
 * {@code {gridShare:percent}} writes it in a format ({@link Format}). A section in brackets,
 * {@code [, {share:percent} of the fleet]}, is written only when every value in it is there (not null, and true for a
 * test {@code {late?}}, which writes nothing); {@code [first|otherwise]} writes {@code otherwise} when it is not.
 */
final class Sentence {

    /** How a value is written; {@code PLAIN} as its kind says. */
    enum Format {
        PLAIN, PERCENT, COUNT, FIGURE, UNITS, WHOLE, TONS, ACRES, SPAN;

        static String known() {
            return Arrays.stream(values()).filter(f -> f != PLAIN).map(f -> f.name().toLowerCase(Locale.ROOT))
                    .collect(Collectors.joining(", "));
        }
    }

    /** Something wrong with a template, at {@code offset} (0-based) in its text. */
    static final class TemplateException extends IllegalArgumentException {
        private final int offset;

        TemplateException(String message, int offset) {
            super(message);
            this.offset = offset;
        }

        int offset() {
            return offset;
        }
    }

    private sealed interface Part permits Text, Slot, Section {
    }

    private record Text(String text) implements Part {
    }

    /** A placeholder: the value named {@code name}, at {@code offset} in the template. */
    record Slot(String name, Format format, boolean test, int offset) implements Part {
    }

    private record Section(List<Part> first, List<Part> otherwise) implements Part {
    }

    private static final Map<String, Sentence> PARSED = new ConcurrentHashMap<>();

    private final List<Part> parts;

    private Sentence(List<Part> parts) {
        this.parts = parts;
    }

    /** The template parsed, once per text: findings of a run share it. */
    static Sentence of(String template) {
        Sentence parsed = PARSED.get(template);
        if (parsed == null) {
            parsed = parse(template);
            PARSED.put(template, parsed);
        }
        return parsed;
    }

    static Sentence parse(String template) {
        List<Part> sentence = new ArrayList<>();
        List<Part> parts = sentence;
        List<Part> first = null;
        int sectionStart = -1;
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c == '{') {
                int end = template.indexOf('}', i);
                if (end < 0) {
                    throw new TemplateException("a placeholder opened with { is not closed with }", i);
                }
                flush(text, parts);
                parts.add(slot(template.substring(i + 1, end), i));
                i = end;
            } else if (c == '}') {
                throw new TemplateException("a } closes no placeholder", i);
            } else if (c == '[') {
                if (sectionStart >= 0) {
                    throw new TemplateException("a section in [ ] cannot hold another", i);
                }
                flush(text, parts);
                sectionStart = i;
                first = null;
                parts = new ArrayList<>();
            } else if (c == '|' && sectionStart >= 0 && first == null) {
                flush(text, parts);
                first = parts;
                parts = new ArrayList<>();
            } else if (c == ']') {
                if (sectionStart < 0) {
                    throw new TemplateException("a ] closes no section", i);
                }
                flush(text, parts);
                sentence.add(first == null ? new Section(List.copyOf(parts), List.of())
                        : new Section(List.copyOf(first), List.copyOf(parts)));
                parts = sentence;
                sectionStart = -1;
            } else {
                text.append(c);
            }
        }
        if (sectionStart >= 0) {
            throw new TemplateException("a section opened with [ is not closed with ]", sectionStart);
        }
        flush(text, parts);
        return new Sentence(List.copyOf(sentence));
    }

    private static void flush(StringBuilder text, List<Part> parts) {
        if (!text.isEmpty()) {
            parts.add(new Text(text.toString()));
            text.setLength(0);
        }
    }

    private static Slot slot(String inside, int offset) {
        boolean test = inside.endsWith("?");
        String body = test ? inside.substring(0, inside.length() - 1) : inside;
        int colon = body.indexOf(':');
        String name = (colon < 0 ? body : body.substring(0, colon)).strip();
        if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new TemplateException("{" + inside + "} does not name a value: expected {name} or {name:format}",
                    offset);
        }
        Format format = Format.PLAIN;
        if (colon >= 0) {
            String wanted = body.substring(colon + 1).strip();
            format = Arrays.stream(Format.values()).filter(f -> f != Format.PLAIN)
                    .filter(f -> f.name().equalsIgnoreCase(wanted)).findFirst()
                    .orElseThrow(() -> new TemplateException("{" + inside + "} asks for the format '" + wanted
                            + "', expected one of " + Format.known(), offset));
        }
        return new Slot(name, format, test, offset);
    }

    /** Every placeholder, sections' included, in the order written. */
    List<Slot> slots() {
        List<Slot> slots = new ArrayList<>();
        collect(parts, slots);
        return slots;
    }

    private static void collect(List<Part> parts, List<Slot> slots) {
        for (Part part : parts) {
            if (part instanceof Slot slot) {
                slots.add(slot);
            } else if (part instanceof Section section) {
                collect(section.first(), slots);
                collect(section.otherwise(), slots);
            }
        }
    }

    /**
     * The sentence with {@code values} (by name) in its placeholders; an error when one outside a section is missing.
     */
    String fill(Function<String, Object> values) {
        StringBuilder out = new StringBuilder();
        for (Part part : parts) {
            if (part instanceof Section section) {
                if (!write(section.first(), values, out)) {
                    write(section.otherwise(), values, out);
                }
            } else if (!write(List.of(part), values, out)) {
                Slot slot = (Slot) part;
                throw new IllegalStateException("{" + slot.name() + "} has no value (null) outside a [section]");
            }
        }
        return out.toString();
    }

    /** Writes {@code parts} whole into {@code out}, or nothing when a value in them is missing (then false). */
    private static boolean write(List<Part> parts, Function<String, Object> values, StringBuilder out) {
        int start = out.length();
        for (Part part : parts) {
            if (part instanceof Text text) {
                out.append(text.text());
                continue;
            }
            Slot slot = (Slot) part;
            Object value = values.apply(slot.name());
            if (value == null || Boolean.FALSE.equals(value) && slot.test()) {
                out.setLength(start);
                return false;
            }
            if (!slot.test()) {
                out.append(written(value, slot.format(), values));
            }
        }
        return true;
    }

    private static String written(Object value, Format format, Function<String, Object> values) {
        return switch (format) {
            case PLAIN -> value instanceof Money money ? money.format((String) values.apply("currency"))
                    : String.valueOf(value);
            case PERCENT -> Quantities.percent(((Number) value).doubleValue());
            case COUNT -> Quantities.count(Math.round(((Number) value).doubleValue()));
            case FIGURE -> Quantities.format(((Number) value).doubleValue());
            case UNITS -> Findings.units(Math.round(((Number) value).doubleValue()));
            case WHOLE -> String.valueOf(Math.round(((Number) value).doubleValue()));
            case TONS -> ((Power) value).toTonsString();
            case ACRES -> ((Area) value).toAcresString();
            case SPAN -> UtilityLimits.span((Duration) value);
        };
    }
}
