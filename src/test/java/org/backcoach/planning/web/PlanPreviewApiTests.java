package org.backcoach.planning.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
public class PlanPreviewApiTests {

    public static final String VALID = """
            {"safety": {"redFlags": [], "medicalClearance": true, "conditions": []},
             "symptoms": {"painNow": 4, "nightWaking": "SOMETIMES", "exercisesRegularly": true,
                          "mobility": "SOMEWHAT_RESTRICTED"},
             "assessments": {
               "core": {"lowBackLifted": true, "shouldersTensed": false, "bellyPushedOut": false, "plankSeconds": 40},
               "hips": {"internalRotationLeft": 15, "internalRotationRight": 25,
                        "extensionKneeBelowParallelLeft": false, "extensionKneeBelowParallelRight": true},
               "feet": {"flatWhenSitting": false, "archCollapsesStanding": true, "bigToeLift": false},
               "upperBack": {"shoulderReachesFloorLeft": true, "shoulderReachesFloorRight": true}},
             "equipment": ["FOAM_ROLLER", "RESISTANCE_BAND", "MINI_BAND"],
             "trainingDays": ["MONDAY", "WEDNESDAY", "FRIDAY"],
             "focus": "HIPS"}
            """;

    @Autowired
    MockMvcTester mvc;

    private MvcTestResult preview(String body) {
        return mvc.post()
                .uri("/api/v1/plans/preview")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .exchange();
    }

    private void assertBadFields(String body, String... fields) {
        var result = preview(body);
        assertThat(result).hasStatus(400).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result)
                .bodyJson()
                .extractingPath("$.errors[*].field")
                .asArray()
                .containsExactlyInAnyOrder((Object[]) fields);
        assertThat(result)
                .bodyJson()
                .extractingPath("$.errors[*].message")
                .asArray()
                .allSatisfy(message -> assertThat((String) message).isNotBlank());
    }

    private static String with(String from, String to) {
        assertThat(VALID).contains(from);
        return VALID.replace(from, to);
    }

    @Test
    void previewsAPlanWithoutAnAccount() {
        var result = preview(VALID);

        assertThat(result).hasStatusOk().hasContentType(MediaType.APPLICATION_JSON);
        var json = assertThat(result).bodyJson();
        json.extractingPath("$.status").isEqualTo("READY");
        json.extractingPath("$.stage").isEqualTo("INTERMEDIATE");
        json.extractingPath("$.regions[*].region").asArray().containsExactly("CORE", "HIPS", "FEET", "UPPER_BACK");
        json.extractingPath("$.regions[0].result").isEqualTo("NEEDS_WORK");
        json.extractingPath("$.notices[*].rule").asArray().contains("R-SAFE-4", "R-NO-DIAGNOSIS");
        json.extractingPath("$.habits[*].rule").asArray().contains("R-HABITS", "R-FEET");
        json.extractingPath("$.dailySeries.region").isEqualTo("CORE");
        json.extractingPath("$.dailySeries.items[4].exerciseId").isEqualTo("wall-test-position-hold");
        json.extractingPath("$.dailySeries.items[4].substitutedFor.rule").isEqualTo("R-CORE-DEADBUG");
        json.extractingPath("$.dailySeries.items[0].dose.unit").isEqualTo("REPS");
        json.extractingPath("$.strength.days").asArray().containsExactly("MONDAY", "WEDNESDAY", "FRIDAY");
        json.extractingPath("$.strength.sessions[0].name").isEqualTo("Total Body 1");
        json.extractingPath("$.strength.sessions[0].circuits[2].optional").isEqualTo(true);
        json.extractingPath("$.strength.sessions[0].circuits[0].restSeconds").isEqualTo(60);
        json.extractingPath("$.strength.sessions[0].coolDown.suggestions")
                .asArray()
                .isNotEmpty();
        json.extractingPath("$.rationale[0].rule").isEqualTo("R-STAGE");
        json.extractingPath("$.rationale[0].source").asString().startsWith("B:");
    }

    @Test
    void aRedFlagAnswersWithTheClinicianAndNoExercises() {
        var result = preview(with("\"redFlags\": []", "\"redFlags\": [\"CONSTANT_NIGHT_PAIN\"]"));

        assertThat(result).hasStatusOk();
        var json = assertThat(result).bodyJson();
        json.extractingPath("$.status").isEqualTo("SEE_CLINICIAN");
        json.extractingPath("$.dailySeries").isNull();
        json.extractingPath("$.strength").isNull();
        json.extractingPath("$.habits").asArray().isEmpty();
        json.extractingPath("$.notices[0].rule").isEqualTo("R-SAFE-1");
    }

    @Test
    void missingClearanceWithholdsThePlan() {
        var result = preview(with("\"medicalClearance\": true", "\"medicalClearance\": false"));

        assertThat(result).bodyJson().extractingPath("$.status").isEqualTo("NEEDS_CLEARANCE");
    }

    @Test
    void rejectsMalformedJson() {
        assertBadFields("{\"safety\": {", "");
    }

    @Test
    void rejectsAnEmptyBody() {
        assertBadFields("", "");
    }

    @Test
    void rejectsUnknownFieldsAtAnyDepth() {
        assertBadFields(
                with("\"focus\": \"HIPS\"", "\"focus\": \"HIPS\", \"age\": 40")
                        .replace("\"plankSeconds\": 40", "\"plankSeconds\": 40, \"wallSeconds\": 3"),
                "age",
                "assessments.core.wallSeconds");
    }

    @Test
    void rejectsWrongTypes() {
        assertBadFields(with("\"painNow\": 4", "\"painNow\": \"high\""), "symptoms.painNow");
        assertBadFields(with("\"painNow\": 4", "\"painNow\": 4.5"), "symptoms.painNow");
        assertBadFields(
                with("\"lowBackLifted\": true", "\"lowBackLifted\": \"yes\""), "assessments.core.lowBackLifted");
        assertBadFields(with("\"medicalClearance\": true", "\"medicalClearance\": null"), "safety.medicalClearance");
        assertBadFields(with("\"hips\": {", "\"hips\": [1], \"hipz\": {"), "assessments.hips", "assessments.hipz");
    }

    @Test
    void rejectsOutOfRangeNumbers() {
        assertBadFields(
                with("\"painNow\": 4", "\"painNow\": 11")
                        .replace("\"internalRotationLeft\": 15", "\"internalRotationLeft\": 95")
                        .replace("\"plankSeconds\": 40", "\"plankSeconds\": -1"),
                "symptoms.painNow",
                "assessments.hips.internalRotationLeft",
                "assessments.core.plankSeconds");
    }

    @Test
    void rejectsUnknownEnumValues() {
        assertBadFields(
                with("\"nightWaking\": \"SOMETIMES\"", "\"nightWaking\": \"ALWAYS\"")
                        .replace("\"FOAM_ROLLER\"", "\"ROWING_MACHINE\"")
                        .replace("\"focus\": \"HIPS\"", "\"focus\": \"KNEES\""),
                "symptoms.nightWaking",
                "equipment[0]",
                "focus");
    }

    @Test
    void rejectsAdjacentOrTooManyTrainingDays() {
        assertBadFields(with("[\"MONDAY\", \"WEDNESDAY\", \"FRIDAY\"]", "[\"SUNDAY\", \"MONDAY\"]"), "trainingDays");
        assertBadFields(
                with("[\"MONDAY\", \"WEDNESDAY\", \"FRIDAY\"]", "[\"MONDAY\", \"WEDNESDAY\", \"FRIDAY\", \"SUNDAY\"]"),
                "trainingDays");
        assertBadFields(with("[\"MONDAY\", \"WEDNESDAY\", \"FRIDAY\"]", "[]"), "trainingDays");
    }

    @Test
    void rejectsMissingRequiredFields() {
        assertBadFields("""
                {"safety": {}, "symptoms": {"painNow": 3}}
                """, "safety.medicalClearance", "symptoms.nightWaking", "symptoms.mobility");
    }

    @Test
    void listsEveryBadFieldAtOnce() {
        assertBadFields(
                with("\"painNow\": 4", "\"painNow\": 12")
                        .replace("\"nightWaking\": \"SOMETIMES\"", "\"nightWaking\": \"ALWAYS\"")
                        .replace("\"focus\": \"HIPS\"", "\"focus\": \"HIPS\", \"colour\": \"blue\""),
                "symptoms.painNow",
                "symptoms.nightWaking",
                "colour");
    }

    @Test
    void rejectsAnythingButJson() {
        var result = mvc.post()
                .uri("/api/v1/plans/preview")
                .contentType(MediaType.TEXT_PLAIN)
                .content("pain: 4")
                .exchange();

        assertThat(result).hasStatus(415).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "null",
                "[]",
                "\"intake\"",
                "42",
                "{}",
                "{\"safety\": []}",
                "{\"safety\": {\"redFlags\": [null]}}",
                "{\"safety\": {\"redFlags\": \"TRAUMA\"}}",
                "{\"trainingDays\": [\"MONDAY\", null]}",
                "{\"symptoms\": {\"painNow\": 99999999999999999999}}",
                "{\"assessments\": {\"core\": null}}",
                "{\"assessments\": 7}",
                "{} {}",
                "{\"a\":[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}"
            })
    void oddBodiesGetA400NeverA500(String body) {
        var result = preview(body);

        assertThat(result).hasStatus(400).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.errors").asArray().isNotEmpty();
    }
}
