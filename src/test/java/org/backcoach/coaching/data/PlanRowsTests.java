package org.backcoach.coaching.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backcoach.assessment.Intakes.coreFailing;
import static org.backcoach.assessment.Intakes.intake;

import java.time.Instant;
import java.util.UUID;
import org.backcoach.accounts.Accounts;
import org.backcoach.assessment.Assessor;
import org.backcoach.assessment.Intake;
import org.backcoach.assessment.RedFlag;
import org.backcoach.assessment.Stage;
import org.backcoach.catalog.Region;
import org.backcoach.coaching.StoredPlan;
import org.backcoach.planning.Plan;
import org.backcoach.planning.PlanStatus;
import org.backcoach.planning.Planner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;

/**
 * Intakes and plan versions through {@link PlanRows}: numbered per account, scoped to it, and stored as
 * JSON that comes back equal. Runs on both databases: {@link PlanRowsH2Tests} and {@link
 * PlanRowsPostgresTests}.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
abstract class PlanRowsTests {

    static final Instant T0 = Instant.parse("2026-03-01T08:15:30.123456Z");

    @Autowired
    PlanRows rows;

    @Autowired
    Accounts accounts;

    @Autowired
    Assessor assessor;

    @Autowired
    Planner planner;

    UUID alice;
    UUID bob;

    @BeforeEach
    void twoPeople() {
        alice = signUp();
        bob = signUp();
    }

    UUID signUp() {
        return accounts.signUp("person-" + UUID.randomUUID() + "@example.org", "Sam", "a long and happy back", "UTC")
                .id();
    }

    Plan plan(Intake intake) {
        return planner.plan(assessor.assess(intake));
    }

    static Intake ready() {
        return intake().allTestsPassing()
                .core(coreFailing())
                .gym()
                .focus(Region.CORE)
                .build();
    }

    @Test
    void numbersEachAccountsVersionsFromOne() {
        var intake = ready();
        var plan = plan(intake);

        assertThat(rows.append(alice, intake, plan, T0).version()).isEqualTo(1);
        assertThat(rows.append(alice, intake, plan, T0.plusSeconds(1)).version())
                .isEqualTo(2);
        assertThat(rows.append(bob, intake, plan, T0.plusSeconds(2)).version()).isEqualTo(1);
        assertThat(rows.append(alice, intake, plan, T0.plusSeconds(3)).version())
                .isEqualTo(3);
    }

    @Test
    void thePlanAndItsIntakeComeBackEqual() {
        var intake = ready();
        var plan = plan(intake);
        assertThat(plan.status()).isEqualTo(PlanStatus.READY);
        assertThat(plan.dailySeries().items()).isNotEmpty();

        var stored = rows.append(alice, intake, plan, T0);

        assertThat(stored).isEqualTo(new StoredPlan(1, T0, intake, plan));
        assertThat(rows.latest(alice)).contains(stored);
        assertThat(rows.version(alice, 1)).contains(stored);
    }

    @Test
    void theLatestAndEveryVersionBelongToTheirAccountOnly() {
        var first = ready();
        var second = intake().allTestsPassing().pain(8).build();
        rows.append(alice, first, plan(first), T0);
        var latest = rows.append(alice, second, plan(second), T0.plusSeconds(60));

        assertThat(rows.latest(alice)).contains(latest);
        assertThat(rows.version(alice, 1).orElseThrow().intake()).isEqualTo(first);
        assertThat(rows.latest(bob)).isEmpty();
        assertThat(rows.version(bob, 1)).isEmpty();
        assertThat(rows.version(alice, 3)).isEmpty();
        assertThat(rows.history(bob)).isEmpty();
    }

    @Test
    void theHistoryListsEveryIntakeNewestFirstWithWhatItsPlanCameTo() {
        var ready = ready();
        var redFlag = intake().redFlags(RedFlag.FEVER).build();
        rows.append(alice, ready, plan(ready), T0);
        rows.append(alice, redFlag, plan(redFlag), T0.plusSeconds(60));

        var history = rows.history(alice);

        assertThat(history).extracting(s -> s.version()).containsExactly(2, 1);
        assertThat(history.get(0).status()).isEqualTo(PlanStatus.SEE_CLINICIAN);
        assertThat(history.get(0).createdAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(history.get(0).intake()).isEqualTo(redFlag);
        assertThat(history.get(1).status()).isEqualTo(PlanStatus.READY);
        assertThat(history.get(1).stage()).isEqualTo(Stage.INTERMEDIATE);
        assertThat(history.get(1).intake()).isEqualTo(ready);
    }
}
