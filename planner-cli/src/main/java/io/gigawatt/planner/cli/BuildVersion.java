package io.gigawatt.planner.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** {@code planner --version}: the version and git commit the build wrote into {@code planner-version.properties}. */
final class BuildVersion implements IVersionProvider {

    static final String RESOURCE = "planner-version.properties";

    @Override
    public String[] getVersion() {
        Properties build = new Properties();
        try (InputStream in = BuildVersion.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in != null) {
                build.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new String[] {"Gigawatt Planner " + known(build.getProperty("version")) + " (commit "
                + known(build.getProperty("commit")) + ")"};
    }

    /** A value the build wrote; "unknown" when it wrote none (a build outside Maven leaves the placeholder). */
    private static String known(String value) {
        return value == null || value.isBlank() || value.startsWith("${") ? "unknown" : value.strip();
    }
}
