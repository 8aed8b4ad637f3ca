package io.gigawatt.planner.swing;

import io.gigawatt.planner.input.Fields;
import io.gigawatt.planner.input.InputException;
import io.gigawatt.planner.input.Problems;
import io.gigawatt.planner.input.YamlFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/** Reads a library the planner ships as a YAML resource; a broken one is the planner's fault, not the user's. */
final class ShippedLibrary {

    private ShippedLibrary() {
    }

    static <T> T load(String resource, String what, Function<Fields, T> read) {
        try (InputStream in = ShippedLibrary.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the " + what + " " + resource + " is missing from the classpath");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Problems problems = new Problems();
            T library = read.apply(Fields.of(YamlFiles.read(resource, text), "", problems));
            problems.throwIfAny();
            return library;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InputException e) {
            throw new IllegalStateException("the " + what + " is broken:\n" + e.getMessage(), e);
        }
    }
}
