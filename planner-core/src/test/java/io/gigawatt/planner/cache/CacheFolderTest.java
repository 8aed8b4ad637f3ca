package io.gigawatt.planner.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gigawatt.planner.units.Power;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Keys of cached results: equal values give equal keys in every run, any difference another key. */
class CacheFolderTest {

    private static String keyOf(Object value) {
        return CacheFolder.key(out -> CacheFolder.writeValue(out, value));
    }

    record Unit(String id, Power power, Map<String, String> sources, List<Duration> steps, Set<String> tags) {
    }

    @Test
    void aMapOrASetIsKeyedByItsContentsNotTheOrderThisRunIteratesThem() {
        Map<String, String> ab = new LinkedHashMap<>();
        ab.put("a", "first");
        ab.put("b", "second");
        Map<String, String> ba = new LinkedHashMap<>();
        ba.put("b", "second");
        ba.put("a", "first");
        List<Duration> steps = List.of(Duration.ofMillis(100), Duration.ofSeconds(1));

        // Map.of and Set.of iterate in an order that changes from one JVM to the next
        assertThat(keyOf(new Unit("u", Power.kw(980), ab, steps, Set.of("x", "y"))))
                .isEqualTo(keyOf(new Unit("u", Power.kw(980), ba, steps, Set.of("y", "x"))))
                .isEqualTo(keyOf(new Unit("u", Power.kw(980), Map.of("b", "second", "a", "first"), steps,
                        Set.of("x", "y"))))
                .isNotEqualTo(keyOf(new Unit("u", Power.kw(980), Map.of("a", "first", "b", "other"), steps,
                        Set.of("x", "y"))));
    }

    @Test
    void aListsOrderAndEveryBitOfANumberArePartOfTheKey() {
        Map<String, String> none = Map.of();
        Unit unit = new Unit("u", Power.kw(980), none, List.of(Duration.ofMillis(100), Duration.ofSeconds(1)), Set.of());

        assertThat(keyOf(new Unit("u", Power.kw(980), none, List.of(Duration.ofSeconds(1), Duration.ofMillis(100)),
                Set.of()))).isNotEqualTo(keyOf(unit));
        // prints as "980 kW" either way
        assertThat(keyOf(new Unit("u", Power.watts(980_000.4), none, unit.steps(), Set.of()))).isNotEqualTo(keyOf(unit));
        assertThat(keyOf(new Unit("u", Power.kw(980), none, unit.steps(), Set.of()))).isEqualTo(keyOf(unit));
    }

    @Test
    void aValueItCannotKeyExactlyIsRefused() {
        assertThatThrownBy(() -> keyOf(new Object())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot key a java.lang.Object");
    }
}
