package io.gigawatt.planner.catalogue;

import io.gigawatt.planner.input.Fields;
import io.gigawatt.planner.input.InputException;
import io.gigawatt.planner.input.Node.Entry;
import io.gigawatt.planner.input.Problems;
import io.gigawatt.planner.input.Range;
import io.gigawatt.planner.input.Ranges;
import io.gigawatt.planner.input.Suggestions;
import io.gigawatt.planner.input.TextFiles;
import io.gigawatt.planner.input.YamlFiles;
import io.gigawatt.planner.units.Days;
import io.gigawatt.planner.units.Area;
import io.gigawatt.planner.units.Energy;
import io.gigawatt.planner.units.Power;
import io.gigawatt.planner.units.Temperature;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Reads the equipment catalogue: the default one shipped as {@code catalogue.yaml}, catalogue files (a company's
 * models and prices, laid over it) and the {@code catalogue:} section of a scenario; a file or a section may change
 * any figure of a known model or add a model. A changed figure takes as its source the one given beside it, or else
 * the file and line it was written on.
 */
public final class CatalogueReader {

    /** The resource holding the default catalogue. */
    public static final String DEFAULT_RESOURCE = "catalogue.yaml";

    private static final Range GPU_WATTS = Range.of(10, 5_000, "watts");
    private static final Range GPU_IT_KW = Range.of(0.05, 10, "kW per GPU");
    private static final Range UNIT_MW = Range.of(0.01, 2_000, "MW");
    private static final Range UNIT_MWH = Range.of(0.001, 10_000, "MWh");
    private static final Range SHARE = Range.of(0, 1, "a fraction");
    private static final Range TONS = Range.of(1, 100_000, "tons of refrigeration");
    private static final Range LEAD_DAYS = Range.wholeNumber(0, 5_000, "a whole number of days");
    private static final Range RACK_FLOOR = Range.of(5, 1_000, "square feet per rack");
    private static final Range HEAT_RATE = Range.of(3_412, 30_000, "Btu per kWh");
    private static final Range ACRES_PER_MW = Range.of(0.0001, 10, "acres per MW");
    private static final Range MWH_PER_ACRE = Range.of(1, 10_000, "MWh per acre");
    private static final Range WATER_PER_KWH = Range.of(0, 20, "litres per kWh of heat");

    private CatalogueReader() {
    }

    /** The catalogue shipped with the planner. */
    public static Catalogue loadDefault() {
        try (InputStream in = CatalogueReader.class.getClassLoader().getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the default catalogue " + DEFAULT_RESOURCE + " is missing from the classpath");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Problems problems = new Problems();
            Catalogue catalogue = read(Fields.of(YamlFiles.read(DEFAULT_RESOURCE, text), "", problems), null, "");
            problems.throwIfAny();
            return catalogue;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InputException e) {
            throw new IllegalStateException("the default catalogue is broken:\n" + e.getMessage(), e);
        }
    }

    /** A catalogue file laid over {@code base}: what it changes is sourced "catalogue file at FILE:LINE:COL". */
    public static Catalogue readFile(Path file, Catalogue base) throws InputException {
        Problems problems = new Problems();
        Catalogue catalogue = read(Fields.of(YamlFiles.read(file.toString(), TextFiles.read(file, "a catalogue file"
                + " (YAML)")), "", problems), base, "catalogue file");
        problems.throwIfAny();
        return catalogue;
    }

    /**
     * Reads a catalogue mapping. With a {@code base}, entries of known ids change only the figures written (each
     * changed figure sourced "{@code changedBy} at FILE:LINE:COL" unless a source is written beside it), and new ids
     * must give every figure; without one, every entry must be complete and name its source.
     */
    public static Catalogue read(Fields fields, Catalogue base, String changedBy) {
        Catalogue start = base == null
                ? new Catalogue(Map.of(), Map.of(), Map.of(), Map.of(), Prices.NONE) : base;
        Prices knownPrices = start.prices();
        Map<String, GpuPrice> gpuPrices = new LinkedHashMap<>(knownPrices.gpus());
        Map<String, GeneratorPrice> generatorPrices = new LinkedHashMap<>(knownPrices.generators());
        Map<String, BatteryPrice> batteryPrices = new LinkedHashMap<>(knownPrices.batteries());
        Map<String, CoolingPrice> coolingPrices = new LinkedHashMap<>(knownPrices.cooling());
        Catalogue catalogue = new Catalogue(
                section(fields, "gpus", start.gpus(), CatalogueReader::gpu, gpuPrices, PriceReader::gpu, changedBy),
                section(fields, "generators", start.generators(), CatalogueReader::generator, generatorPrices,
                        PriceReader::generator, changedBy),
                section(fields, "batteries", start.batteries(), CatalogueReader::battery, batteryPrices,
                        PriceReader::battery, changedBy),
                section(fields, "cooling", start.cooling(), CatalogueReader::cooling, coolingPrices,
                        PriceReader::cooling, changedBy),
                new Prices(gpuPrices, generatorPrices, batteryPrices, coolingPrices));
        fields.rejectUnknownKeys();
        return catalogue;
    }

    /**
     * One section's models, each entry read by {@code reader} and its prices by {@code priceReader} into
     * {@code prices}. An entry that names an unknown model and gives only prices is a typo of a known one.
     */
    private static <T, P> Map<String, T> section(Fields parent, String key, Map<String, T> base,
                                                 BiFunction<Figures, T, T> reader, Map<String, P> prices,
                                                 PriceReader.Kind<T, P> priceReader, String changedBy) {
        Map<String, T> models = new LinkedHashMap<>(base);
        parent.optionalSection(key).ifPresent(section -> {
            for (Entry entry : section.entries()) {
                if (entry.key().isBlank()) {
                    parent.problems().add(entry.keyLocation(), section.pathOf(entry.key()),
                            "an empty model id, expected a name to choose the model by (as smt-130 names a generator)");
                    continue;
                }
                Fields fields = Fields.of(entry.value(), section.pathOf(entry.key()), parent.problems());
                T known = base.get(entry.key());
                if (known == null && PriceReader.onlyPrices(fields)) {
                    PriceReader.unknownModel(parent.problems(), entry, section, base.keySet());
                    continue;
                }
                models.put(entry.key(), reader.apply(new Figures(entry.key(), fields, known != null, changedBy), known));
                P price = priceReader.read(new Figures(entry.key(), fields, known != null, changedBy), known,
                        prices.get(entry.key()));
                if (price != null) {
                    prices.put(entry.key(), price);
                }
                fields.rejectUnknownKeys();
            }
        });
        return models;
    }

    // The siting figures (racks, land, gas, water) are read before the sources, so a default or an override
    // of one of them is noted in the entry's sources like any other figure.

    private static GpuModel gpu(Figures f, GpuModel base) {
        boolean b = base != null;
        String name = f.text("name", b ? base.name() : null);
        Power tdp = Power.watts(f.number("tdpW", GPU_WATTS, b ? base.tdp().watts() : null));
        Power itPerGpu = Power.kw(f.number("itKw", GPU_IT_KW, b ? base.itPerGpu().kw() : null));
        Power idle = Power.watts(f.number("idleW", GPU_WATTS, b ? base.idle().watts() : null));
        PowerProfile profile = profile(f, b ? base : null, tdp, idle);
        int perRack = (int) f.optionalNumber("gpusPerRack", Ranges.GPUS_PER_RACK,
                b ? (double) base.gpusPerRack() : null, GpuModel.DEFAULT_GPUS_PER_RACK);
        Area rackFloor = Area.squareFeet(f.optionalNumber("rackFloorSqFt", RACK_FLOOR,
                b ? base.rackFloor().squareFeet() : null, GpuModel.DEFAULT_RACK_FLOOR_SQ_FT));
        ItScope itIncludes = f.itScope(b ? base.itIncludes() : null);
        return new GpuModel(f.id, name, tdp, itPerGpu, idle, f.sources(b ? base.sources() : null), profile, perRack,
                rackFloor, itIncludes);
    }

    // ---- The swing model's figures: optional, with defaults derived from tdpW and idleW (PowerProfile.defaultsFor).

    private static final Range OVERSHOOT = Range.of(1, 3, "a factor over the compute level");
    private static final Range PROFILE_MS = Range.of(0, 5_000, "milliseconds");
    private static final Range PSU_JOULES = Range.of(0, 100_000, "joules per GPU");
    private static final Range RAMP_PER_MINUTE = Range.of(0.001, 100, "a fraction of rating per minute");

    /** A GPU's power profile; a figure not written keeps the known model's, else takes its documented default. */
    private static PowerProfile profile(Figures f, GpuModel base, Power tdp, Power idle) {
        PowerProfile d = PowerProfile.defaultsFor(tdp, idle);
        PowerProfile known = base == null ? null : base.profile();
        boolean k = known != null;
        // A compute level that was the default follows a changed tdpW (a power cap), as the default says.
        boolean computeDefaulted = k && base.sources().of("computeW").startsWith("default:");
        Power compute = Power.watts(f.optionalNumber("computeW", GPU_WATTS,
                k && !computeDefaulted ? known.compute().watts() : null,
                tdp.watts(), "default: tdpW (a training job computes at its power limit)"));
        double overshoot = f.optionalNumber("overshoot", OVERSHOOT, k ? known.overshoot() : null, d.overshoot(),
                "default: the measured H200's mean peak after a rise over its compute level (805 W / 690 W)");
        double overshootMs = f.optionalNumber("overshootMs", PROFILE_MS,
                k ? (double) known.overshootDuration().toMillis() : null, d.overshootDuration().toMillis(),
                "default: the measured H200's overshoot lasts about one 100 ms reading");
        double transitionMs = f.optionalNumber("transitionMs", PROFILE_MS,
                k ? (double) known.transition().toMillis() : null, d.transition().toMillis(),
                "default: the measured H200 changes level within one 100 ms reading; half a reading taken");
        double psuJ = f.optionalNumber("psuStorageJ", PSU_JOULES, k ? known.psuStorage().joules() : null, 0,
                "default: no energy storage in the power supplies");
        return new PowerProfile(idle, compute, overshoot, java.time.Duration.ofMillis(Math.round(overshootMs)),
                java.time.Duration.ofMillis(Math.round(transitionMs)), Energy.joules(psuJ), null);
    }

    private static GeneratorModel generator(Figures f, GeneratorModel base) {
        boolean b = base != null;
        // Read before the sources, so a lead time the scenario changes is noted with its own source.
        LeadTime leadTime = f.leadTime(b ? base.leadTime() : null);
        String name = f.text("name", b ? base.name() : null);
        String kind = f.text("kind", b ? base.kind() : null);
        Power rated = Power.mw(f.number("ratedMw", UNIT_MW, b ? base.rated().mw() : null));
        Temperature ratedUpTo = Temperature.celsius(f.number("ratedUpToC", Ranges.CELSIUS,
                b ? base.ratedUpTo().celsius() : null));
        double derate = f.number("deratePerDegreeC", Range.of(0, 0.05, "a fraction of rating per degree"),
                b ? base.deratePerDegree() : null);
        double availability = f.number("availability", Range.of(0.5, 1, "a fraction"), b ? base.availability() : null);
        double ramp = f.optionalNumber("rampPerMinute", RAMP_PER_MINUTE, b ? base.rampPerMinute() : null,
                GeneratorModel.DEFAULT_RAMP_PER_MINUTE,
                "default: 20% of rating per minute, the slowest gas turbine's spinning ramp in the catalogue");
        double step = f.optionalNumber("maxLoadStep", SHARE, b ? base.maxLoadStep() : null,
                GeneratorModel.DEFAULT_MAX_LOAD_STEP,
                "default: a 10% load step, the least the catalogue's turbines are assumed to accept");
        double heatRate = f.optionalNumber("heatRateBtuPerKwh", HEAT_RATE, b ? base.heatRateBtuPerKwh() : null,
                GeneratorModel.DEFAULT_HEAT_RATE_BTU_PER_KWH);
        double acresPerMw = f.optionalNumber("acresPerMw", ACRES_PER_MW, b ? base.acresPerMw() : null,
                GeneratorModel.DEFAULT_ACRES_PER_MW);
        return new GeneratorModel(f.id, name, kind, rated, ratedUpTo, derate, availability,
                f.sources(b ? base.sources() : null), leadTime, ramp, step, heatRate, acresPerMw);
    }

    private static BatteryModel battery(Figures f, BatteryModel base) {
        boolean b = base != null;
        // Read before the sources, so a lead time the scenario changes is noted with its own source.
        LeadTime leadTime = f.leadTime(b ? base.leadTime() : null);
        String name = f.text("name", b ? base.name() : null);
        Power power = Power.mw(f.number("mw", UNIT_MW, b ? base.power().mw() : null));
        Energy energy = Energy.mwh(f.number("mwh", UNIT_MWH, b ? base.energy().mwh() : null));
        double efficiency = f.number("roundTripEfficiency", SHARE, b ? base.roundTripEfficiency() : null);
        double socMin = f.optionalNumber("socMin", SHARE, b ? base.socMin() : null, BatteryModel.DEFAULT_SOC_MIN,
                "default: 5% of the energy kept at the bottom");
        double socMax = f.optionalNumber("socMax", SHARE, b ? base.socMax() : null, BatteryModel.DEFAULT_SOC_MAX,
                "default: 5% of the energy kept at the top");
        if (socMax <= socMin && (f.fields.has("socMax") || f.fields.has("socMin"))) {
            String key = f.fields.has("socMax") ? "socMax" : "socMin";
            f.fields.problems().add(f.fields.locationOf(key), f.fields.pathOf(key), "socMin "
                    + io.gigawatt.planner.units.Quantities.format(socMin) + " is not below socMax "
                    + io.gigawatt.planner.units.Quantities.format(socMax)
                    + ", expected a state-of-charge range such as 0.05 to 0.95");
        }
        double mwhPerAcre = f.optionalNumber("mwhPerAcre", MWH_PER_ACRE, b ? base.mwhPerAcre() : null,
                BatteryModel.DEFAULT_MWH_PER_ACRE);
        return new BatteryModel(f.id, name, power, energy, efficiency, f.sources(b ? base.sources() : null), leadTime,
                socMin, socMax, mwhPerAcre);
    }

    private static CoolingModel cooling(Figures f, CoolingModel base) {
        boolean b = base != null;
        // Read before the sources, so a lead time the scenario changes is noted with its own source.
        LeadTime leadTime = f.leadTime(b ? base.leadTime() : null);
        String name = f.text("name", b ? base.name() : null);
        Power capacity = Power.tonsOfRefrigeration(f.number("tons", TONS,
                b ? base.capacity().tonsOfRefrigeration() : null));
        boolean rental = f.bool("rental", b && base.rental());
        double water = f.optionalNumber("waterLitresPerKwh", WATER_PER_KWH, b ? base.waterLitresPerKwh() : null,
                CoolingModel.DEFAULT_WATER_LITRES_PER_KWH);
        return new CoolingModel(f.id, name, capacity, rental, f.sources(b ? base.sources() : null), leadTime, water);
    }

    /** Reads the figures of one entry, falling back to the known model's and remembering where each came from. */
    static final class Figures {
        final String id;
        final Fields fields;
        final boolean overriding;
        /** What a changed figure's source calls the place it was written: "scenario override", "catalogue file". */
        private final String changedBy;
        private final Map<String, String> changed = new HashMap<>();
        private final Map<String, String> defaulted = new HashMap<>();

        Figures(String id, Fields fields, boolean overriding, String changedBy) {
            this.id = id;
            this.fields = fields;
            this.overriding = overriding;
            this.changedBy = changedBy;
        }

        String text(String key, String known) {
            if (known != null && !fields.has(key)) {
                return known;
            }
            note(key);
            return fields.text(key);
        }

        double number(String key, Range range, Double known) {
            if (known != null && !fields.has(key)) {
                return known;
            }
            note(key);
            return fields.number(key, range);
        }

        /** A figure a catalogue entry may leave out: the known model's, else {@code defaultValue} with its reason as source. */
        double optionalNumber(String key, Range range, Double known, double defaultValue, String defaultSource) {
            double value;
            if (fields.has(key)) {
                note(key);
                value = fields.number(key, range);
            } else if (known != null) {
                value = known;
            } else {
                defaulted.put(key, defaultSource);
                value = defaultValue;
            }
            return value;
        }

        /** As above, with the planner's default as the figure's source. */
        double optionalNumber(String key, Range range, Double known, double fallback) {
            return optionalNumber(key, range, known, fallback, "planner default "
                    + io.gigawatt.planner.units.Quantities.format(fallback) + ": the entry does not state " + key);
        }

        /** What an accelerator's {@code itKw} takes in; a model that does not say is {@link ItScope#UNSTATED}. */
        ItScope itScope(ItScope known) {
            String key = "itIncludes";
            if (!fields.has(key)) {
                if (known == null) {
                    defaulted.put(key, "the entry does not state what its itKw takes in");
                }
                return known == null ? ItScope.UNSTATED : known;
            }
            note(key);
            String word = fields.text(key);
            ItScope scope = ItScope.named(word);
            if (scope == null) {
                fields.problems().add(fields.locationOf(key), fields.pathOf(key), Suggestions.notAWord("scope", word,
                        ItScope.words()));
                return ItScope.UNSTATED;
            }
            return scope;
        }

        boolean bool(String key, boolean known) {
            note(key);
            return fields.bool(key, known);
        }

        /**
         * The lead times ({@code leadTimeDays} to buy, {@code rentalLeadTimeDays} to rent), each optional: a model a
         * scenario adds need not give them, and a known model keeps its own unless the scenario changes them.
         */
        LeadTime leadTime(LeadTime known) {
            LeadTime base = known == null ? LeadTime.UNKNOWN : known;
            return new LeadTime(days("leadTimeDays", base.purchase()), days("rentalLeadTimeDays", base.rental()));
        }

        private Days days(String key, Days known) {
            if (!fields.has(key)) {
                return known;
            }
            note(key);
            return Days.of((long) fields.number(key, LEAD_DAYS));
        }

        private void note(String key) {
            if (overriding && fields.has(key)) {
                changed.put(key, fields.locationOf(key).toString());
            }
        }

        /**
         * The sources of the figures named in {@code keys} (an entry's prices): for a new entry what is written beside
         * each under {@code sources:}, else the entry's {@code source}; for a known one its sources with what the
         * scenario changed.
         */
        Sources sourcesOf(java.util.Set<String> keys, Sources known) {
            String given = fields.optionalText("source").orElse(null);
            Map<String, String> perFigure = new HashMap<>();
            if (known == null) {
                fields.optionalSection("sources").ifPresent(s -> {
                    for (Entry entry : s.entries()) {
                        if (keys.contains(entry.key())) {
                            perFigure.put(entry.key(), s.asText(entry.value(), s.pathOf(entry.key())));
                        }
                    }
                });
                defaulted.forEach(perFigure::putIfAbsent);
                return new Sources(given == null ? "" : given, perFigure);
            }
            perFigure.putAll(known.perFigure());
            changed.forEach((figure, where) -> perFigure.put(figure,
                    given != null ? given : changedBy + " at " + where));
            defaulted.forEach(perFigure::putIfAbsent);
            return new Sources(known.entry(), perFigure);
        }

        Sources sources(Sources known) {
            String given = fields.optionalText("source").orElse(null);
            if (known == null) {
                if (given == null) {
                    fields.text("source");
                }
                Map<String, String> perFigure = new HashMap<>();
                fields.optionalSection("sources").ifPresent(s -> {
                    for (Entry entry : s.entries()) {
                        perFigure.put(entry.key(), s.asText(entry.value(), s.pathOf(entry.key())));
                    }
                });
                defaulted.forEach(perFigure::putIfAbsent);
                return new Sources(given == null ? "" : given, perFigure);
            }
            Map<String, String> perFigure = new HashMap<>(known.perFigure());
            changed.forEach((figure, where) -> perFigure.put(figure,
                    given != null ? given : changedBy + " at " + where));
            return new Sources(known.entry(), perFigure);
        }
    }

    /** The ids of a catalogue section, for "unknown model" messages. */
    public static String idsOf(Map<String, ?> models) {
        return String.join(", ", models.keySet());
    }
}
