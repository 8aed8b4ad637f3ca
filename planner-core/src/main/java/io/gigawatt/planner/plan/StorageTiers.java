package io.gigawatt.planner.plan;

import io.gigawatt.planner.swing.Mitigations;
import io.gigawatt.planner.swing.RideThroughPlan;
import io.gigawatt.planner.units.Quantities;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A phase's storage by time scale, and which of the events it faces each scale answers: energy near the racks (power
 * shelves, UPS and rack batteries, or a grid-facing converter that keeps the load connected) rides milliseconds to
 * seconds, grid-forming batteries seconds to minutes, generation minutes to hours. Whether a scale holds enough is for
 * the rules that size it; this says whether the plan has one.
 *
 * @param phase    the phase's name
 * @param declared what the plan has on each scale, in words; a scale it has nothing on is absent
 * @param faced    the events the phase faces
 */
public record StorageTiers(String phase, Map<Scale, String> declared, List<Event> faced) {

    /** The time scales storage comes in. */
    public enum Scale {
        RACK("rack (ms-s)"), BATTERIES("batteries (s-min)"), BRIDGE("bridge generation (min-h)");

        private final String words;

        Scale(String words) {
            this.words = words;
        }

        /** "rack", "batteries", "bridge generation". */
        public String shortName() {
            return words.substring(0, words.indexOf(" ("));
        }

        @Override
        public String toString() {
            return words;
        }
    }

    /** What a phase may have to ride, each answered by storage on the scales it lasts. */
    public enum Event {
        VOLTAGE_DIP("the grid code's voltage dips", List.of(Scale.RACK)),
        SWING("the training swing", List.of(Scale.RACK, Scale.BATTERIES)),
        GENERATOR_TRIP("a generator trip", List.of(Scale.BATTERIES)),
        CURTAILMENT("curtailment events", List.of(Scale.BRIDGE, Scale.BATTERIES));

        private final String words;
        private final List<Scale> answeredBy;

        Event(String words, List<Scale> answeredBy) {
            this.words = words;
            this.answeredBy = answeredBy;
        }

        public List<Scale> answeredBy() {
            return answeredBy;
        }

        @Override
        public String toString() {
            return words;
        }
    }

    public StorageTiers {
        declared = new EnumMap<>(declared);
        faced = List.copyOf(faced);
    }

    /** The tiers of {@code phase}, which leans on a curtailable flexible tranche when {@code curtailable}. */
    public static StorageTiers of(PhasePlan phase, boolean curtailable) {
        Map<Scale, String> declared = new EnumMap<>(Scale.class);
        List<Event> faced = new ArrayList<>();
        Mitigations mitigations = phase.swing() == null ? null : phase.swing().mitigations();
        List<String> rack = new ArrayList<>();
        if (mitigations != null && mitigations.psuStorage()) {
            rack.add("the GPUs' power shelves");
        }
        RideThroughPlan rideThrough = mitigations == null ? null : mitigations.rideThrough();
        if (rideThrough != null && rideThrough.storageSeconds() != null) {
            rack.add("UPS or rack batteries for " + Quantities.format(rideThrough.storageSeconds()) + " s");
        }
        if (rideThrough != null && rideThrough.converterMva() != null) {
            rack.add("a " + Quantities.format(rideThrough.converterMva()) + " MVA grid-facing converter");
        }
        if (!rack.isEmpty()) {
            declared.put(Scale.RACK, String.join(" and ", rack));
        }
        int batteries = phase.planned().batteries() != null ? phase.planned().batteries() : phase.batteries().units();
        if (batteries > 0 && (mitigations == null || mitigations.battery())) {
            declared.put(Scale.BATTERIES, batteries + " x " + phase.batteries().model().id());
        }
        int generators = phase.planned().generators() != null ? phase.planned().generators()
                : phase.generators().units();
        if (generators > 0) {
            declared.put(Scale.BRIDGE, generators + " x " + phase.generators().model().id());
            faced.add(Event.GENERATOR_TRIP);
        }
        if (phase.swing() != null) {
            faced.add(Event.SWING);
            var code = phase.swing().limits().rideThrough();
            if (code != null && code.known() && code.appliesTo(phase.gridFor(phase.gridShare()))) {
                faced.add(0, Event.VOLTAGE_DIP);
            }
        }
        if (curtailable) {
            faced.add(Event.CURTAILMENT);
        }
        return new StorageTiers(phase.name(), declared, faced);
    }

    /** The events no scale the plan has answers. */
    public List<Event> unanswered() {
        return faced.stream().filter(e -> e.answeredBy().stream().noneMatch(declared::containsKey)).toList();
    }

    /** "rack (ms-s): the GPUs' power shelves; batteries (s-min): 37 x megapack-2xl-4h; bridge generation (min-h): none". */
    public String describe() {
        List<String> scales = new ArrayList<>();
        for (Scale scale : Scale.values()) {
            scales.add(scale + ": " + declared.getOrDefault(scale, "none"));
        }
        return String.join("; ", scales);
    }

    /** "the training swing (rack or batteries), a generator trip (batteries)": each event and the scales that answer it. */
    public String events(List<Event> events) {
        return String.join(", ", events.stream().map(e -> e + " (" + String.join(" or ",
                e.answeredBy().stream().map(Scale::shortName).toList()) + ")").toList());
    }
}
