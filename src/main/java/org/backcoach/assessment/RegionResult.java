package org.backcoach.assessment;

import java.util.List;
import org.backcoach.catalog.Region;

/** A region's result with what was seen, in plain words; the rule is the test that produced it. */
public record RegionResult(Region region, RegionStatus result, List<String> findings, Rule rule) {

    public RegionResult {
        findings = List.copyOf(findings);
    }

    public boolean needsWork() {
        return result == RegionStatus.NEEDS_WORK;
    }

    public boolean passed() {
        return result == RegionStatus.OK;
    }
}
