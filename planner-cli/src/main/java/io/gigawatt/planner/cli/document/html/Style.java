package io.gigawatt.planner.cli.document.html;

/** The page's style sheet, inline so the page needs nothing else to open. */
public final class Style {

    public static final String CSS = """
            :root { --ink: #1b1b1b; --muted: #5b6670; --line: #d9dee3; --ok: #2e7d32; --bad: #c8372d; --warn: #b7791f;
                    --note: #2f6fad; }
            * { box-sizing: border-box; }
            body { margin: 0; font: 15px/1.45 "DejaVu Sans", "Segoe UI", Helvetica, Arial, sans-serif; color: var(--ink);
                   background: #f4f6f8; }
            main { max-width: 1180px; margin: 0 auto; padding: 16px 24px 40px; background: #fff; }
            h1 { font-size: 28px; margin: 0 0 4px; }
            h2 { font-size: 21px; margin: 28px 0 4px; padding-top: 12px; border-top: 2px solid var(--line); }
            h3 { font-size: 16px; margin: 16px 0 6px; }
            p.intro { color: var(--muted); margin: 0 0 10px; }
            .verdict { padding: 14px 18px; border-left: 8px solid var(--ok); background: #eef6ee; }
            .verdict.bad { border-left-color: var(--bad); background: #fbeeed; }
            .verdict .big { font-size: 20px; margin: 4px 0 8px; }
            .verdict.bad .big strong { color: var(--bad); }
            .verdict.ok .big strong { color: var(--ok); }
            .verdict ul.lead { margin: 0; padding-left: 20px; }
            .verdict .file { color: var(--muted); margin: 8px 0 0; font-size: 13px; }
            nav { margin: 10px 0 0; font-size: 14px; color: var(--muted); }
            nav a { color: var(--note); text-decoration: none; }
            table { border-collapse: collapse; width: 100%; font-size: 13px; margin: 6px 0 10px; }
            th, td { border-bottom: 1px solid var(--line); padding: 4px 6px; text-align: left; vertical-align: top; }
            th { background: #f0f2f4; font-weight: 600; }
            td.infeasible { color: var(--bad); font-weight: 600; }
            td.feasible { color: var(--ok); font-weight: 600; }
            tr.late td { color: var(--bad); }
            table.findings { font-size: 12.5px; }
            table.findings td { padding: 3px 6px; }
            table.findings td.numbers { font-size: 11.5px; width: 24%; }
            table.findings td.rule { font-size: 11.5px; color: var(--muted); width: 14%; }
            .numbers .n { white-space: nowrap; }
            .numbers .k { color: var(--muted); }
            .rec { color: var(--muted); font-size: 12px; margin-top: 2px; }
            .badge { display: inline-block; padding: 1px 7px; border-radius: 9px; font-size: 11px; font-weight: 700;
                     color: #fff; text-transform: uppercase; }
            .badge.error { background: var(--bad); }
            .badge.warning { background: var(--warn); }
            .badge.info { background: var(--note); }
            .badge.passed { background: var(--ok); }
            .badge.failed { background: var(--bad); }
            .badge.not-run { background: var(--muted); }
            .family h3 .count { font-weight: 400; color: var(--muted); font-size: 13px; }
            figure.chart { margin: 6px 0; }
            figure.chart svg { width: 100%; height: auto; display: block; }
            figcaption { color: var(--muted); font-size: 13px; }
            details { margin: 4px 0 8px; font-size: 13px; }
            p.none { padding: 12px 16px; background: #f0f2f4; color: var(--muted); font-style: italic; }
            .cards { display: flex; flex-wrap: wrap; gap: 12px; margin: 8px 0; }
            .card { flex: 1 1 240px; border: 1px solid var(--line); border-radius: 6px; padding: 10px 14px; font-size: 14px; }
            .card .fig { font-size: 26px; font-weight: 700; color: var(--note); }
            ul.plain { padding-left: 20px; }
            .source, footer { color: var(--muted); font-size: 12px; }
            footer { margin-top: 28px; border-top: 1px solid var(--line); }
            code { overflow-wrap: anywhere; }
            /* a phone: a wide table scrolls sideways in its own box, the page stays as wide as the screen */
            @media (max-width: 700px) {
              main { padding: 10px 12px 28px; }
              table { display: block; overflow-x: auto; }
            }
            """;

    private Style() {
    }
}
