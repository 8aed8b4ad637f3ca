package io.gigawatt.planner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.util.Modules;
import io.gigawatt.planner.catalogue.Catalogue;
import io.gigawatt.planner.rules.RulesModule;
import org.junit.jupiter.api.Test;

/** A planner whose own parts fail to start says so in a line, exit 1, no stack trace unless asked. */
class InternalErrorTest {

    /** The planner with a default catalogue that cannot be read, as a damaged jar would have it. */
    private static final Injector BROKEN = Guice.createInjector(Modules.override(new RulesModule()).with(
            new AbstractModule() {
                @Provides
                @Singleton
                Catalogue brokenCatalogue() {
                    throw new IllegalStateException("the default catalogue is broken: catalogue.yaml:3:1: not a mapping");
                }
            }));

    private static CliRun run(String... args) {
        return CliRun.with(BROKEN, args);
    }

    @Test
    void aPartThatFailsToStartIsOneLineAndExitOne() {
        CliRun run = run("evaluate", "../examples/colossus.yaml");

        assertThat(run.exitCode()).isEqualTo(ExitCode.INTERNAL_ERROR.code());
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("planner: internal error: java.lang.IllegalStateException: the default catalogue"
                + " is broken: catalogue.yaml:3:1: not a mapping\nRun again with --verbose for the stack trace.\n");
    }

    @Test
    void verboseAddsTheStackTrace() {
        CliRun run = run("evaluate", "../examples/colossus.yaml", "--verbose");

        assertThat(run.exitCode()).isEqualTo(ExitCode.INTERNAL_ERROR.code());
        assertThat(run.err()).startsWith("planner: internal error: java.lang.IllegalStateException: the default")
                .contains("\tat ").contains("Caused by:");
    }
}
