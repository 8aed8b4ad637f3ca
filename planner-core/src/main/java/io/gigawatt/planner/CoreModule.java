package io.gigawatt.planner;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.gigawatt.planner.catalogue.Catalogue;
import io.gigawatt.planner.catalogue.CatalogueReader;

/** Binds the default catalogue; the loader and the planner are built by Guice from their constructors. */
public final class CoreModule extends AbstractModule {

    @Provides
    @Singleton
    Catalogue defaultCatalogue() {
        return CatalogueReader.loadDefault();
    }
}
