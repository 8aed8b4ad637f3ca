package io.gigawatt.planner.features;

import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/**
 * Runs every feature under {@code src/test/resources/features} through the Cucumber engine, so Surefire picks
 * the scenarios up like any other test. Glue, plugins and naming live in {@code junit-platform.properties}.
 */
@Suite
@IncludeEngines("cucumber")
@SelectPackages("features")
public class RunCucumberTest {
}
