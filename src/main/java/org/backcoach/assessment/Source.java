package org.backcoach.assessment;

/** The published programs BackCoach is built from (listed in docs/rules.md). */
public enum Source {
    A("Eric Proper, Life Time: low back pain through the core, hips, feet and upper back"),
    B("Conquering Low Back Pain: three stages by pain level"),
    C("A Pilates-style low-back workout"),
    D("Strengthening the feet for low back pain"),
    E("Core and low-back exercises from several health sites");

    private final String citation;

    Source(String citation) {
        this.citation = citation;
    }

    public String citation() {
        return citation;
    }
}
