package org.backcoach.coaching.web;

import java.util.Arrays;
import java.util.Optional;
import org.backcoach.catalog.Region;

/**
 * The pages of the guided onboarding, in order. Each step owns a slice of the intake, named by the dotted
 * path prefix that {@link org.backcoach.assessment.IntakeValidator} reports its problems under.
 */
enum OnboardingStep {
    SAFETY("safety", "Safety first", "safety.", null),
    SYMPTOMS("symptoms", "How your back feels", "symptoms.", null),
    CORE("core", "Core test", "assessments.core.", Region.CORE),
    HIPS("hips", "Hip tests", "assessments.hips.", Region.HIPS),
    FEET("feet", "Foot test", "assessments.feet.", Region.FEET),
    UPPER_BACK("upper-back", "Upper-back test", "assessments.upperBack.", Region.UPPER_BACK),
    KIT("kit", "Kit and training days", "trainingDays", null),
    FOCUS("focus", "Where to start", "focus", null);

    private final String slug;
    private final String title;
    private final String fieldPrefix;
    private final Region region;

    OnboardingStep(String slug, String title, String fieldPrefix, Region region) {
        this.slug = slug;
        this.title = title;
        this.fieldPrefix = fieldPrefix;
        this.region = region;
    }

    static Optional<OnboardingStep> fromSlug(String slug) {
        return Arrays.stream(values()).filter(step -> step.slug.equals(slug)).findFirst();
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    /** Whether a validator problem at this dotted path belongs to this step. */
    boolean owns(String field) {
        return field.startsWith(fieldPrefix);
    }

    /** The self-tests may be skipped; the region is then not assessed. */
    boolean selfTest() {
        return region != null;
    }

    Region region() {
        return region;
    }

    /** The template of this step's page. */
    String view() {
        return "onboarding/" + slug;
    }
}
