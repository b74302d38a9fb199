package org.backcoach.progression;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.backcoach.assessment.Stage;
import org.junit.jupiter.api.Test;

class StageReviewTests {

    private static final LocalDate START = LocalDate.of(2026, 11, 2);
    private final StageReview review = new StageReview();

    private StageReview.Progress progress(Stage stage, int days, int painStart, int painNow, int completed) {
        return new StageReview.Progress(stage, START, START.plusDays(days), painStart, painNow, completed, 6);
    }

    @Test
    void twoWeeksAPainDropOfTwoAndSessionsDoneOfferTheNextStage_R_STAGE_REVIEW() {
        var offer = review.review(progress(Stage.BEGINNER, 14, 6, 4, 5));

        assertThat(offer).hasValueSatisfying(it -> {
            assertThat(it.to()).isEqualTo(Stage.INTERMEDIATE);
            assertThat(it.reason()).contains("from 6 to 4");
        });
    }

    @Test
    void tooSoonTooLittleDropOrTooFewSessionsOfferNothing_R_STAGE_REVIEW() {
        assertThat(review.review(progress(Stage.BEGINNER, 13, 6, 3, 6))).isEmpty();
        assertThat(review.review(progress(Stage.BEGINNER, 20, 6, 5, 6))).isEmpty();
        assertThat(review.review(progress(Stage.BEGINNER, 20, 6, 3, 3))).isEmpty();
    }

    @Test
    void advancedIsTheTop_R_STAGE_REVIEW() {
        assertThat(review.review(progress(Stage.INTERMEDIATE, 15, 4, 1, 6)))
                .hasValueSatisfying(it -> assertThat(it.to()).isEqualTo(Stage.ADVANCED));
        assertThat(review.review(progress(Stage.ADVANCED, 30, 4, 0, 9))).isEmpty();
    }
}
