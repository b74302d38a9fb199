package org.backcoach.assessment;

/** Plain words for the safety screen's answers, shared by the verdict messages and the forms. */
public final class Wording {

    private Wording() {}

    public static String redFlag(RedFlag flag) {
        return switch (flag) {
            case TRAUMA -> "a recent fall, accident or blow to your back";
            case BLADDER_OR_BOWEL_CHANGE -> "a change in bladder or bowel control";
            case SADDLE_NUMBNESS -> "numbness around the groin or inner thighs";
            case PROGRESSIVE_LEG_WEAKNESS -> "leg weakness that is getting worse";
            case FEVER -> "a fever along with your back pain";
            case UNEXPLAINED_WEIGHT_LOSS -> "weight loss you can't explain";
            case CANCER_HISTORY -> "a history of cancer";
            case CONSTANT_NIGHT_PAIN -> "constant pain that rest doesn't ease, worst at night";
        };
    }

    public static String condition(Condition condition) {
        var name = switch (condition) {
            case PREGNANCY -> "You're pregnant";
            case RECENT_BACK_SURGERY -> "You had back surgery recently";
            case SCOLIOSIS -> "You have scoliosis";
            case SCIATICA -> "You have sciatica";
        };
        return name + ": go ahead only with your clinician's OK, follow any limits they gave you, and skip"
                + " anything they advised against.";
    }
}
