package io.gigawatt.planner.rules;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.gigawatt.planner.CoreModule;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Binds the rule engine compiled from the default pack, on top of the core module: compiled by {@link DefaultRules}
 * once per injector, when first asked for.
 */
public final class RulesModule extends AbstractModule {

    private final Path ruleCache;

    /** Without a cache of compiled packs: every injector compiles the default pack. */
    public RulesModule() {
        this(null);
    }

    /** With compiled packs kept in the folder {@code ruleCache} (null: none), as the command line's edge names it. */
    public RulesModule(Path ruleCache) {
        this.ruleCache = ruleCache;
    }

    @Override
    protected void configure() {
        install(new CoreModule());
        bind(RuleEngine.class).toProvider(DefaultRules.class).in(Singleton.class);
    }

    @Provides
    @Singleton
    Optional<RulePackCache> ruleCache() {
        return Optional.ofNullable(ruleCache).map(RulePackCache::new);
    }
}
