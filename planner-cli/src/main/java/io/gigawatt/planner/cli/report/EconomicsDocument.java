package io.gigawatt.planner.cli.report;

import io.gigawatt.planner.cli.document.Block;
import io.gigawatt.planner.cli.document.Cell;
import io.gigawatt.planner.cli.document.Section;
import io.gigawatt.planner.cli.document.Unit;
import io.gigawatt.planner.units.Money;
import io.gigawatt.planner.units.Quantities;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The report's costs: what the supply costs by phase and item, what waiting costs, the remedies priced. */
public final class EconomicsDocument {

    private EconomicsDocument() {
    }

    public static Section section(EconomicsReport e) {
        Section section = new Section("economics").json("economics", e);
        if (e == null) {
            return section;
        }
        Words w = new Words(e.currency());
        String span = e.from() + " to " + e.to() + ", " + e.currency() + " at " + e.priceYear()
                + " prices, discounted at " + Quantities.percent(e.discountRate()) + " a year to the build start";
        List<Block.Field> fields = new ArrayList<>();
        fields.add(new Block.Field("supply", supplyLine(e, w)));
        fields.add(new Block.Field("waiting", waitingLine(e, w)));
        if (e.forgoneTotal() > 0) {
            fields.add(new Block.Field("power caps", forgoneLine(e, w)));
        }
        fields.add(new Block.Field("all told", allTold(e, w)));
        for (EconomicsReport.Phase p : e.phases()) {
            fields.add(new Block.Field(p.name(), phaseLine(p, w)));
            if (!p.items().isEmpty()) {
                fields.add(new Block.Field("", itemsLine(p.items(), e, w)));
            }
            if (p.waiting() != null) {
                fields.add(new Block.Field("", waitLine(p.waiting(), w)));
            }
        }
        fields.addAll(Block.Field.labelled("remedies", e.remedies().stream().map(r -> remedyLine(r, w)).toList()));
        fields.addAll(Block.Field.labelled("rentals", e.rentals().stream().map(r -> rentalLine(r, w)).toList()));
        e.unpriced().forEach(u -> fields.add(new Block.Field("not priced", u + ": no prices in the catalogue, its costs"
                + " are left out")));
        fields.addAll(Block.Field.labelled("prices", e.prices().stream().map(EconomicsDocument::priceLine).toList()));
        section.terminal(new Block.Heading(2, "Costs: " + span), new Block.Fields(fields));
        section.page(new Block.Heading(2, "Costs"),
                new Block.Paragraph(List.of(Cell.text(span + ". Supply: "),
                        Cell.text(supplyLine(e, w)), Cell.text(". Waiting: " + waitingLine(e, w)
                                + (e.forgoneTotal() > 0 ? ". Power caps: " + forgoneLine(e, w) : "") + ". All told: "
                                + allTold(e, w) + "."))),
                phaseTable(e, w), itemTable(e, w));
        if (!e.remedies().isEmpty()) {
            section.page(new Block.Heading(3, "Remedies priced"), new Block.Table(List.of("phase", "change",
                    "ready", "costs", "saves", "net", "pays for itself"), indexed(e.remedies()).stream().map(i -> {
                        EconomicsReport.Remedy r = e.remedies().get(i);
                        String at = "/economics/remedies/" + i;
                        return List.of(Cell.text(r.phase()), Cell.text(r.change()), Cell.of(at + "/ready", r.ready()),
                                w.cell(at + "/cost", r.cost()), w.cell(at + "/saving", r.saving()),
                                w.cell(at + "/net", r.net()), Cell.text(r.paysForItself() ? "yes" : "no"));
                    }).toList()));
        }
        if (!e.rentals().isEmpty()) {
            section.page(new Block.Heading(3, "Rented against bought"),
                    new Block.Bullets(e.rentals().stream().map(r -> rentalLine(r, w)).toList()));
        }
        section.page(new Block.Heading(3, "Prices in use"), new Block.Table(List.of("equipment", "model", "price",
                        "value", "source"), e.prices().stream().map(p -> Cell.texts(p.equipment(), p.model(), p.figure(),
                        Money.of(p.value()).format(p.currency()) + " (" + p.year() + ")", p.source())).toList()),
                new Block.Table(List.of("economics figure", "source"), e.sources().entrySet().stream()
                        .map(s -> Cell.texts(s.getKey(), s.getValue())).toList()));
        return section;
    }

    private static Block.Table phaseTable(EconomicsReport e, Words w) {
        return new Block.Table(List.of("phase", "in service", "days", "supply cost", "a day", "per MWh",
                "per GPU-hour", "GPUs waiting", "waiting cost"), indexed(e.phases()).stream().map(i -> {
                    EconomicsReport.Phase p = e.phases().get(i);
                    String at = "/economics/phases/" + i;
                    List<Cell> row = new ArrayList<>(List.of(Cell.text(p.name()),
                            Cell.text(p.from() == null ? "not within the horizon" : p.from() + " to " + p.to()),
                            Cell.figure(at + "/days", p.days(), Unit.COUNT), w.cell(at + "/total", p.total()),
                            w.cell(at + "/perDay", p.perDay()), w.cell(at + "/perMwh", p.perMwh()),
                            w.cell(at + "/perGpuHour", p.perGpuHour())));
                    if (p.waiting() == null) {
                        row.addAll(Cell.texts("none", "-"));
                    } else {
                        row.add(Cell.text(Quantities.count(p.waiting().gpus()) + " for " + p.waiting().days() + " days"));
                        row.add(w.cell(at + "/waiting/total", p.waiting().total()));
                    }
                    return row;
                }).toList());
    }

    private static Block.Table itemTable(EconomicsReport e, Words w) {
        return new Block.Table(List.of("cost", "supply", "over the horizon"), indexed(e.items()).stream()
                .map(i -> List.of(Cell.text(e.items().get(i).words()), Cell.text(e.items().get(i).supply()),
                        w.cell("/economics/items/" + i + "/total", e.items().get(i).total()))).toList());
    }

    static String supplyLine(EconomicsReport e, Words w) {
        String line = w.money(e.total()) + " over the horizon, " + w.money(e.present()) + " at present value";
        if (e.perMwh() != null) {
            line += ": " + w.money(e.perMwh()) + " per MWh and " + w.money(e.perGpuHour()) + " per GPU-hour levelized"
                    + " (the grid alone: " + w.money(e.gridPerMwh()) + " per MWh)";
        }
        return line;
    }

    static String waitingLine(EconomicsReport e, Words w) {
        return e.waitingTotal() == 0 ? "no GPU waits for power or cooling within the horizon"
                : w.money(e.waitingTotal()) + " over the horizon (" + w.money(e.waitingPresent())
                + " at present value) for GPUs installed but waiting for power or cooling";
    }

    static String forgoneLine(EconomicsReport e, Words w) {
        return w.money(e.forgoneTotal()) + " over the horizon (" + w.money(e.forgonePresent()) + " at present value)"
                + " of compute the GPUs' power caps forgo, its GPU-hours valued as waiting GPUs' are";
    }

    static String allTold(EconomicsReport e, Words w) {
        String line = w.money(e.presentWithWaiting()) + " at present value, supply and waiting"
                + (e.forgoneTotal() > 0 ? " and the compute power caps forgo" : "");
        if (e.risk() != null) {
            EconomicsReport.Risk r = e.risk();
            line += "; Monte Carlo P10 " + w.money(r.p10()) + ", P50 " + w.money(r.p50()) + ", P90 " + w.money(r.p90())
                    + " (" + Quantities.count(r.draws()) + " draws, gas " + r.gasPerMmbtu() + " per MMBtu)";
        }
        return line;
    }

    static String phaseLine(EconomicsReport.Phase p, Words w) {
        if (p.from() == null) {
            return "not in service within the horizon";
        }
        return "in service " + p.from() + " to " + p.to() + " (" + Quantities.count(p.days()) + " days): "
                + w.money(p.total()) + ", " + w.money(p.perDay()) + " a day, " + w.money(p.perMwh()) + " per MWh, "
                + w.money(p.perGpuHour()) + " per GPU-hour";
    }

    /** The phase's costs, largest first. */
    private static String itemsLine(Map<String, Double> items, EconomicsReport e, Words w) {
        Map<String, String> words = e.items().stream()
                .collect(Collectors.toMap(EconomicsReport.Item::key, EconomicsReport.Item::words));
        return items.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()))
                .map(i -> words.getOrDefault(i.getKey(), i.getKey()) + " " + w.money(i.getValue()))
                .collect(Collectors.joining(", "));
    }

    static String waitLine(EconomicsReport.Waiting wait, Words w) {
        return "waits " + Quantities.count(wait.days()) + " days, " + wait.from() + " to " + wait.to() + ": "
                + Quantities.count(wait.gpus()) + " GPUs idle at " + w.money(wait.perDay()) + " a day, "
                + w.money(wait.total()) + " (" + w.money(wait.present()) + " at present value)";
    }

    static String remedyLine(EconomicsReport.Remedy r, Words w) {
        return r.phase() + ", with " + r.change() + ", ready " + r.ready() + ": costs " + w.money(r.cost()) + ", saves "
                + w.money(r.saving()) + (r.paysForItself() ? ", pays for itself (" + w.money(r.net()) + " net)"
                : ", does not pay for itself (" + w.money(-r.net()) + " short)");
    }

    static String rentalLine(EconomicsReport.Rental r, Words w) {
        String line = r.model() + " (" + r.equipment() + "): up to " + Quantities.count(r.mostUnits()) + " rented, "
                + Quantities.format(r.monthsPerUnit()) + " months each on average at " + w.money(r.rentPerMonth())
                + " a month";
        return r.breakEvenMonths() == null ? line : line + "; buying one (" + w.money(r.buyPerUnit())
                + ") costs as much as " + Quantities.format(r.breakEvenMonths()) + " months of rent";
    }

    private static String priceLine(EconomicsReport.Price p) {
        return p.model() + " " + p.figure() + " " + Money.of(p.value()).format(p.currency()) + " (" + p.year() + "): "
                + p.source();
    }

    private static List<Integer> indexed(List<?> list) {
        return java.util.stream.IntStream.range(0, list.size()).boxed().toList();
    }

    /** Amounts in the report's currency. */
    record Words(String currency) {

        String money(Double amount) {
            return amount == null ? "-" : Money.of(amount).format(currency);
        }

        Cell cell(String pointer, Double amount) {
            return amount == null ? Cell.text("-") : new Cell(money(amount), amount, Unit.MONEY, pointer, false);
        }
    }
}
