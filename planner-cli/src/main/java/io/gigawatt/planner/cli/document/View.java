package io.gigawatt.planner.cli.document;

/**
 * Who a block is for, when the terminal and a page show a part differently: the terminal reads labelled lines and
 * lists, a page (Markdown, HTML) reads tables. Blocks without a view are shown by every format.
 */
public enum View {
    /** The text format. */
    TERMINAL,
    /** Markdown and HTML. */
    PAGE
}
