package org.backcoach.coaching.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.backcoach.accounts.AccountPrincipal;
import org.backcoach.assessment.Intake;
import org.backcoach.assessment.Stage;
import org.backcoach.assessment.web.IntakeReader;
import org.backcoach.coaching.PersonalPlans;
import org.backcoach.coaching.StoredPlan;
import org.backcoach.planning.Plan;
import org.backcoach.planning.PlanStatus;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@Tag(name = "Me", description = "Your own intake, plan and history (personal access token or HTTP Basic)")
class MeApiController {

    private final IntakeReader intakeReader;
    private final PersonalPlans plans;

    MeApiController(IntakeReader intakeReader, PersonalPlans plans) {
        this.intakeReader = intakeReader;
        this.plans = plans;
    }

    /** A stored plan version. */
    record PlanVersion(int version, Instant createdAt, Plan plan) {
        static PlanVersion of(StoredPlan stored) {
            return new PlanVersion(stored.version(), stored.createdAt(), stored.plan());
        }
    }

    /** An intake of the history with what its plan came to. */
    record IntakeVersion(int version, Instant createdAt, PlanStatus status, Stage stage, Intake intake) {}

    @Operation(
            summary = "Submit a new intake",
            description = "Stores the intake as your next version and returns the plan built from it. Earlier"
                    + " intakes and plans are kept.",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                                            schema = @Schema(implementation = Intake.class))))
    @PutMapping(path = "/api/v1/me/intake", consumes = MediaType.APPLICATION_JSON_VALUE)
    PlanVersion submit(@AuthenticationPrincipal AccountPrincipal me, @RequestBody(required = false) String body) {
        return PlanVersion.of(plans.submit(me.accountId(), intakeReader.read(body)));
    }

    @Operation(summary = "Your current plan")
    @GetMapping("/api/v1/me/plan")
    PlanVersion plan(@AuthenticationPrincipal AccountPrincipal me) {
        return plans.current(me.accountId())
                .map(PlanVersion::of)
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.NOT_FOUND, "You have no plan yet: submit an intake first."));
    }

    @Operation(summary = "Your intakes, newest first")
    @GetMapping("/api/v1/me/intakes")
    List<IntakeVersion> intakes(@AuthenticationPrincipal AccountPrincipal me) {
        return plans.history(me.accountId()).stream()
                .map(summary -> new IntakeVersion(
                        summary.version(), summary.createdAt(), summary.status(), summary.stage(), summary.intake()))
                .toList();
    }
}
