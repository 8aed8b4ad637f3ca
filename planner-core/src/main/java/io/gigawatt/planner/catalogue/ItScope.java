package io.gigawatt.planner.catalogue;

import java.util.Arrays;
import java.util.List;

/**
 * What an accelerator's IT figure ({@code itKw}) takes in, from the chip alone to a pod of racks with the switches
 * between them: the wider the scope, the less a planner must add for hosts, networks and power shelves.
 */
public enum ItScope {
    /** The accelerator's own power limit, nothing around it. */
    CHIP("chip"),
    /** The accelerator's board or module with its memory and power stages. */
    BOARD("board"),
    /** A server or node's share: its CPUs, memory, NICs, fans and drives beside the accelerators. */
    SERVER("server"),
    /** A rack's share: its servers or trays, in-rack switches and power shelves. */
    RACK("rack"),
    /** A pod's or whole system's share: its racks and the switches between them. */
    POD("pod"),
    /** The entry does not say (a model a scenario adds without the figure). */
    UNSTATED("not stated");

    private final String word;

    ItScope(String word) {
        this.word = word;
    }

    /** As a catalogue entry writes it. */
    public String word() {
        return word;
    }

    /** The scopes an entry may write, in order of width. */
    public static List<String> words() {
        return Arrays.stream(values()).filter(s -> s != UNSTATED).map(ItScope::word).toList();
    }

    /** The scope written {@code word}, or null when none is. */
    public static ItScope named(String word) {
        return Arrays.stream(values()).filter(s -> s != UNSTATED && s.word.equals(word)).findFirst().orElse(null);
    }
}
