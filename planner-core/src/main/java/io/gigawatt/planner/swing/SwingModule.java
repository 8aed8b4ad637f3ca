package io.gigawatt.planner.swing;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.gigawatt.planner.cache.CacheFolder;
import java.nio.file.Path;
import java.util.Map;

/**
 * The injector's one swing model (a sweep's variants share the campus traces it remembers), keeping its outcomes on
 * disk between runs when the command line names a folder. Without this module an injector makes a model that
 * remembers in memory only.
 */
public final class SwingModule extends AbstractModule {

    /** The environment variable the launcher names the swing cache's folder with; unset, empty or "off" for none. */
    public static final String CACHE_VARIABLE = "PLANNER_SWING_CACHE";

    private final Path cacheFolder;

    /** @param cacheFolder where outcomes are kept between runs ({@link SwingCache}), or null for nowhere */
    public SwingModule(Path cacheFolder) {
        this.cacheFolder = cacheFolder;
    }

    /** The module {@link #CACHE_VARIABLE} of {@code environment} configures; a name that is no path keeps none. */
    public static SwingModule configuredBy(Map<String, String> environment) {
        return new SwingModule(CacheFolder.named(environment.get(CACHE_VARIABLE)));
    }

    @Provides
    @Singleton
    SwingModel swingModel() {
        return cacheFolder == null ? new SwingModel() : SwingModel.keepingOutcomesIn(cacheFolder);
    }
}
