package io.gigawatt.planner.swing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The shipped utility limits, laws on large loads and grid codes each name a source a reader can open, a public web
 * address (not this machine's), and the limits that source's date (a law or a code gives one when its source has it).
 */
class LibrarySourcesTest {

    /** An address anyone can open: on the web, not on this machine. */
    private static final Pattern PUBLIC = Pattern.compile("https?://(?!localhost|127\\.|\\[)[\\w-]+\\.[\\w.-]+");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}(-\\d{2})?");

    @Test
    void everyUtilityLimitAndLawNamesAPublicAddressAndItsDate() {
        UtilityLibrary library = UtilityLibrary.shipped();
        List<String> unsourced = new ArrayList<>();
        for (String name : library.names()) {
            UtilityLibrary.Utility utility = library.named(name).orElseThrow();
            for (UtilityLimit limit : utility.limits()) {
                check(unsourced, name + ": " + limit.describe(), limit.source(), limit.date(), true);
            }
            if (utility.largeLoads() != null) {
                LargeLoadLaw law = utility.largeLoads();
                check(unsourced, name + ": " + law.name(), law.source(), law.date(), false);
            }
        }
        assertThat(unsourced).isEmpty();
    }

    @Test
    void everyGridCodeNamesAPublicAddress() {
        RideThroughLibrary codes = RideThroughLibrary.shipped();
        List<String> unsourced = new ArrayList<>();
        for (String name : codes.names()) {
            RideThrough code = codes.named(name).orElseThrow();
            check(unsourced, name, code.source(), code.date(), false);
        }
        assertThat(unsourced).isEmpty();
    }

    /** Adds to {@code unsourced} what is wrong with {@code source} and {@code date} (which may be null when not required). */
    private static void check(List<String> unsourced, String what, String source, String date, boolean dateRequired) {
        if (!PUBLIC.matcher(source).find()) {
            unsourced.add(what + ": no public web address in '" + source + "'");
        }
        if (date == null ? dateRequired : !DATE.matcher(date).matches()) {
            unsourced.add(what + ": no date, or not a date, for its source: " + date);
        }
    }
}
