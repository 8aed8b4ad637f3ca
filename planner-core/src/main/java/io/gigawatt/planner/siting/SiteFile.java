package io.gigawatt.planner.siting;

import java.util.List;

/** The candidate sites of one site file, in file order. */
public record SiteFile(String name, String file, List<CandidateSite> sites) {

    public SiteFile {
        sites = List.copyOf(sites);
    }
}
