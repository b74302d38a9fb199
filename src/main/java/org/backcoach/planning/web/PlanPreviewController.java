package org.backcoach.planning.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.backcoach.assessment.Assessor;
import org.backcoach.assessment.Intake;
import org.backcoach.assessment.web.IntakeReader;
import org.backcoach.planning.Plan;
import org.backcoach.planning.Planner;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Plans", description = "The engine's public face: an intake in, a plan out")
class PlanPreviewController {

    private final IntakeReader intakeReader;
    private final Assessor assessor;
    private final Planner planner;

    PlanPreviewController(IntakeReader intakeReader, Assessor assessor, Planner planner) {
        this.intakeReader = intakeReader;
        this.assessor = assessor;
        this.planner = planner;
    }

    @Operation(
            summary = "Preview a plan",
            description = "Builds the plan for an intake without an account and without storing anything.",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                                            schema = @Schema(implementation = Intake.class),
                                            examples = {
                                                @ExampleObject(
                                                        name = "Office worker with tight hips, training at home",
                                                        value = IntakeExamples.OFFICE_WORKER),
                                                @ExampleObject(
                                                        name = "Beginner in a lot of pain",
                                                        value = IntakeExamples.BEGINNER),
                                                @ExampleObject(name = "Red flag", value = IntakeExamples.RED_FLAG)
                                            })),
            responses = {
                @ApiResponse(responseCode = "200", description = "The plan"),
                @ApiResponse(
                        responseCode = "400",
                        description = "The intake names bad fields",
                        content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
            })
    @PostMapping(
            path = "/api/v1/plans/preview",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    Plan preview(@RequestBody(required = false) String body) {
        return planner.plan(assessor.assess(intakeReader.read(body)));
    }
}
