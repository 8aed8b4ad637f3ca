package io.gigawatt.planner.cli;

import com.google.inject.ConfigurationException;
import com.google.inject.Injector;
import java.util.Map;
import picocli.CommandLine;

/**
 * Lets picocli build commands through Guice, so commands get their collaborators injected. Public, with a constructor
 * of no arguments, for the build's tools that read the commands (picocli's completion script and man pages).
 */
public record GuiceFactory(Injector injector) implements CommandLine.IFactory {

    /** The planner as the launcher configures it with nothing set. */
    public GuiceFactory() {
        this(Main.injector(Map.of()));
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        try {
            return injector.getInstance(type);
        } catch (ConfigurationException e) {
            return CommandLine.defaultFactory().create(type);
        }
    }
}
