package io.gigawatt.planner.cli;

import picocli.CommandLine.Option;

/** {@code --trust-rules}, for every command that reads a planner's rule files (docs/reliability.md, trust boundary). */
public final class TrustRulesOption {

    @Option(names = "--trust-rules", description = "the rule files are trusted code: run them even if they are not"
            + " declarative (Java that reaches files, processes, the network, reflection); without it they are refused")
    boolean trusted;

    boolean trusted() {
        return trusted;
    }
}
