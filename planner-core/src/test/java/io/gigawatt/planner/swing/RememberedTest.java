package io.gigawatt.planner.swing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Recent results kept within a budget, the least recently used let go first. */
class RememberedTest {

    private final List<String> computed = new ArrayList<>();
    /** Each result weighs its length. */
    private final Remembered<String, String> remembered = new Remembered<>(10, String::length);

    private String get(String key) {
        return remembered.get(key, () -> {
            computed.add(key);
            return key;
        });
    }

    @Test
    void keepsWhatFitsTheBudgetAndLetsTheLeastRecentlyUsedGo() {
        get("aaaa");
        get("bbbb");
        get("aaaa");
        get("cc");
        get("dd");

        // 4 + 4 + 2 + 2 is over 10: "bbbb", the least recently used, went
        get("aaaa");
        get("cc");
        get("dd");
        get("bbbb");

        assertThat(computed).containsExactly("aaaa", "bbbb", "cc", "dd", "bbbb");
    }

    @Test
    void keepsTheNewestEvenOverTheBudget() {
        get("aaaaaaaaaaaa");
        get("aaaaaaaaaaaa");

        assertThat(computed).containsExactly("aaaaaaaaaaaa");
    }
}
