package org.backcoach.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ExerciseApiTests {

    @Autowired
    MockMvcTester mvc;

    @Test
    void servesTheWholeCatalogue() {
        var result = mvc.get().uri("/api/v1/exercises").exchange();

        assertThat(result).hasStatusOk();
        assertThat(result)
                .bodyJson()
                .extractingPath("$.length()")
                .asNumber()
                .satisfies(count -> assertThat(count.intValue()).isGreaterThan(80));
    }

    @Test
    void filtersByRegionKindEquipmentAndName() {
        var result = mvc.get()
                .uri("/api/v1/exercises?region=FEET&kind=SOFT_TISSUE&equipment=LACROSSE_BALL&q=rolling")
                .exchange();

        assertThat(result).bodyJson().extractingPath("$[*].id").asArray().containsExactly("lacrosse-ball-rolling-foot");
    }

    @Test
    void servesOneExerciseWithStepsCuesAndVariants() {
        var result = mvc.get().uri("/api/v1/exercises/cable-half-kneeling-row").exchange();

        assertThat(result).hasStatusOk();
        var json = assertThat(result).bodyJson();
        json.extractingPath("$.name").isEqualTo("Cable Half-Kneeling Row");
        json.extractingPath("$.equipment").asArray().containsExactly("CABLE_MACHINE");
        json.extractingPath("$.position").isEqualTo("HALF_KNEELING");
        json.extractingPath("$.variants.HOME").isEqualTo("resistance-band-half-kneeling-row");
        json.extractingPath("$.steps").asArray().hasSizeBetween(2, 5);
    }

    @Test
    void anUnknownIdIsA404ProblemNamingIt() {
        var result = mvc.get().uri("/api/v1/exercises/handstand-push-up").exchange();

        assertThat(result).hasStatus(404).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.detail").asString().contains("handstand-push-up");
    }

    @Test
    void anUnknownFilterValueIsA400NamingTheParameter() {
        var result = mvc.get().uri("/api/v1/exercises?region=KNEES").exchange();

        assertThat(result).hasStatus(400).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("region");
    }
}
