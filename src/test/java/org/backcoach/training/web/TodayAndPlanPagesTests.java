package org.backcoach.training.web;

import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.backcoach.assessment.Intakes.coreFailing;
import static org.backcoach.assessment.Intakes.corePassing;
import static org.backcoach.assessment.Intakes.hipsFailing;
import static org.backcoach.assessment.Intakes.intake;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.backcoach.accounts.AccountPrincipal;
import org.backcoach.accounts.Accounts;
import org.backcoach.assessment.Intakes;
import org.backcoach.assessment.RedFlag;
import org.backcoach.assessment.Rule;
import org.backcoach.coaching.PersonalPlans;
import org.backcoach.training.HabitCheckOffs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.util.HtmlUtils;

/**
 * Today, the plan and its history, signed in as people with real stored plans. The clock stands still
 * on Tuesday 3 March 2026 at 20:00 UTC, which is already Wednesday morning in Auckland, where our people
 * live: a training day (Monday, Wednesday, Friday) there, a rest day in UTC.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class TodayAndPlanPagesTests {

    static final Instant NOW = Instant.parse("2026-03-03T20:00:00Z");
    static final LocalDate WEDNESDAY_IN_AUCKLAND = LocalDate.of(2026, 3, 4);

    @TestConfiguration
    static class StillClock {

        @Bean
        @Primary
        Clock stillClock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    PersonalPlans plans;

    @Autowired
    HabitCheckOffs checkOffs;

    private AccountPrincipal newPerson() {
        var account = accounts.signUp(
                "person-" + UUID.randomUUID() + "@example.org", "Sam", "a long and happy back", "Pacific/Auckland");
        return new AccountPrincipal(account.id(), account.email(), account.displayName(), account.role(), null, false);
    }

    private AccountPrincipal withPlan(Intakes intake) {
        var person = newPerson();
        plans.submit(person.accountId(), intake.build());
        return person;
    }

    /** Core and hips need work: habits for both, the core series, the wall-test hold for the dead bug. */
    private static Intakes coreAndHipsNeedWork() {
        return intake().core(coreFailing()).hips(hipsFailing()).gym();
    }

    private MvcTestResult get(AccountPrincipal person, String path) {
        return mvc.get().uri(path).with(user(person)).exchange();
    }

    private static String page(MvcTestResult result) {
        return HtmlUtils.htmlUnescape(new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8));
    }

    @Test
    void todayWithoutAPlanSendsYouToOnboarding() {
        var result = get(newPerson(), "/today");

        assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl("/onboarding");
        assertThat(get(newPerson(), "/plan")).hasRedirectedUrl("/onboarding");
    }

    @Test
    void todayNeedsSigningIn() {
        var result = mvc.get().uri("/today").exchange();

        assertThat(result).hasStatus3xxRedirection();
        assertThat(result.getResponse().getRedirectedUrl()).endsWith("/sign-in");
    }

    @Test
    void aRedFlagPlanShowsTheClinicianNoticeAndNoExercises_R_SAFE_1() {
        var person = withPlan(intake().redFlags(RedFlag.FEVER).core(coreFailing()));

        var result = get(person, "/today");

        assertThat(result).hasStatusOk();
        var page = page(result);
        assertThat(page)
                .contains("Please see a doctor or physiotherapist before you start any exercise")
                .contains("Your plan is on hold")
                .contains("R-SAFE-1")
                .contains(Rule.SAFE_1.citation())
                .contains("action=\"/onboarding/retake\"");
        assertThat(page)
                .doesNotContain("/exercises/")
                .doesNotContain("Daily series")
                .doesNotContain("Total Body")
                .doesNotContain("Today's habits");
        assertThat(page(get(person, "/plan")))
                .contains("See a clinician first")
                .contains("R-SAFE-1")
                .doesNotContain("/exercises/");
    }

    @Test
    void aPlanWithoutClearanceSaysWhatToDoAndShowsNoExercises_R_SAFE_2() {
        var person = withPlan(intake().clearance(false).core(coreFailing()));

        var page = page(get(person, "/today"));

        assertThat(page).contains("as soon as a doctor or physiotherapist has cleared you", "R-SAFE-2");
        assertThat(page).doesNotContain("/exercises/");
    }

    @Test
    void aReadyPlanShowsHabitsTheSeriesAndTodaysSessionInThePersonsTimeZone_R_STRENGTH() {
        var person = withPlan(coreAndHipsNeedWork());

        var result = get(person, "/today");

        assertThat(result).hasStatusOk();
        assertThat(result.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).contains("no-store");
        var page = page(result);
        assertThat(page)
                .contains("Good morning, Sam")
                .contains("Wednesday 4 March")
                .contains("If an exercise hurts, stop it.")
                .contains("Today's habits")
                .contains("check that your ribs sit stacked over your pelvis")
                .contains("Change position often")
                .contains("Daily series: Core")
                .contains("href=\"/exercises/bird-dog\"")
                .contains("Keep your ribs stacked over your pelvis")
                .contains("Stands in for")
                .contains("Today's session: Total Body 1")
                .contains("Warm-up: ")
                .contains("Only if you feel good.")
                .contains("Cool-down");
        // The plan started today, Wednesday: Total Body 1 today, 2 on Friday, 3 on Monday.
        assertThat(page)
                .containsSubsequence(
                        "The days ahead",
                        "Thursday 5 March",
                        "Rest day",
                        "Friday 6 March",
                        "Total Body 2",
                        "Saturday 7 March",
                        "Rest day",
                        "Sunday 8 March",
                        "Rest day",
                        "Monday 9 March",
                        "Total Body 3",
                        "Tuesday 10 March",
                        "Rest day");
    }

    @Test
    void onADayWithoutTrainingTodaySaysRest() {
        var person = withPlan(coreAndHipsNeedWork().days(TUESDAY, THURSDAY));

        var page = page(get(person, "/today"));

        assertThat(page).contains("A rest day").doesNotContain("Today's session");
        assertThat(page).containsSubsequence("Thursday 5 March", "Total Body 1", "Tuesday 10 March", "Total Body 2");
    }

    @Test
    void tickingAHabitKeepsItTickedForTheDay() {
        var person = withPlan(coreAndHipsNeedWork());

        var tick = mvc.post()
                .uri("/today/habits/core-alignment-check")
                .param("done", "true")
                .with(user(person))
                .with(csrf())
                .exchange();

        assertThat(tick).hasStatus3xxRedirection().hasRedirectedUrl("/today#habit-core-alignment-check");
        assertThat(checkOffs.ticked(person.accountId(), WEDNESDAY_IN_AUCKLAND)).containsExactly("core-alignment-check");
        var page = page(get(person, "/today"));
        assertThat(page).contains("id=\"habit-check-core-alignment-check\" checked=\"checked\"");
        assertThat(page).doesNotContain("id=\"habit-check-core-breathing-practice\" checked");
    }

    @Test
    void htmxUntickingSwapsJustTheHabit() {
        var person = withPlan(coreAndHipsNeedWork());
        checkOffs.tick(person.accountId(), WEDNESDAY_IN_AUCKLAND, "hips-change-position");

        var result = mvc.post()
                .uri("/today/habits/hips-change-position")
                .header("HX-Request", "true")
                .with(user(person))
                .with(csrf())
                .exchange();

        assertThat(result).hasStatusOk();
        var fragment = page(result).strip();
        assertThat(fragment).startsWith("<li id=\"habit-hips-change-position\"").endsWith("</li>");
        assertThat(fragment)
                .contains("hx-post=\"/today/habits/hips-change-position\"")
                .doesNotContain("checked");
        assertThat(fragment).contains("R-HABITS");
        assertThat(checkOffs.ticked(person.accountId(), WEDNESDAY_IN_AUCKLAND)).isEmpty();
    }

    @Test
    void tickingNeedsTheCsrfToken() {
        var person = withPlan(coreAndHipsNeedWork());

        var result = mvc.post()
                .uri("/today/habits/core-alignment-check")
                .param("done", "true")
                .with(user(person))
                .exchange();

        assertThat(result).hasStatus(403);
        assertThat(checkOffs.ticked(person.accountId(), WEDNESDAY_IN_AUCKLAND)).isEmpty();
    }

    @Test
    void theWhyShowsTheRuleItsSentenceAndItsSources_R_CORE_DEADBUG() {
        var person = withPlan(coreAndHipsNeedWork());

        var page = page(get(person, "/today"));

        assertThat(page).contains("<summary>Why?");
        assertThat(page)
                .containsSubsequence(
                        "R-CORE-DEADBUG",
                        "Until your core wall test passes, you hold the wall-test position in place of the",
                        "Sources: " + Rule.CORE_DEADBUG.citation());
        assertThat(page)
                .containsSubsequence(
                        "R-HABITS",
                        "Small daily habits for each region that needs work (core, hips).",
                        "Sources: " + Rule.HABITS.citation());
        assertThat(page).containsSubsequence("R-PRIORITY", "the core series always comes first");
    }

    @Test
    void thePlanShowsRegionsHabitsTheStrengthWeekRationaleAndHistory() {
        var person = withPlan(coreAndHipsNeedWork());
        plans.submit(
                person.accountId(), coreAndHipsNeedWork().core(corePassing()).build());

        var result = get(person, "/plan");

        assertThat(result).hasStatusOk();
        var page = page(result);
        assertThat(page)
                .contains("Version 2, from 4 Mar 2026")
                .contains("Ready")
                .contains("Intermediate")
                .containsSubsequence(
                        "Your self-tests", "Core", "Passed", "Hips", "Needs some work", "Feet", "Not tested yet")
                .contains("Daily habits")
                .contains("Daily series: Hips")
                .contains("You train on Monday, Wednesday and Friday.")
                .containsSubsequence(
                        "Total Body 1: Wednesday, week 1",
                        "First on Wednesday 4 March.",
                        "Total Body 2: Friday, week 1",
                        "Total Body 3: Monday, week 2",
                        "First on Monday 9 March.")
                .contains("Leave 2-3 reps in reserve")
                .containsSubsequence("Why this plan", "R-STAGE", "You start at the intermediate stage.")
                .contains("action=\"/onboarding/retake\"")
                .containsSubsequence("Your history", "href=\"/plan/2\"", "href=\"/plan/1\"");
        assertThat(page).doesNotContain("What changed since last time");
    }

    @Test
    void afterARetakeThePlanSaysWhatChanged() {
        var person = withPlan(coreAndHipsNeedWork());
        plans.submit(
                person.accountId(), coreAndHipsNeedWork().core(corePassing()).build());

        var second = page(get(person, "/plan?updated=2"));
        var first = page(get(person, "/plan?updated=1"));

        assertThat(second).contains("What changed since last time").contains("Core: Needs work → Ok.");
        assertThat(second).contains("Daily series: Core → Hips.");
        assertThat(first).contains("This is your first plan.");
    }

    @Test
    void anEarlierVersionIsShownReadOnly() {
        var person = withPlan(coreAndHipsNeedWork());
        plans.submit(person.accountId(), intake().clearance(false).build());

        var result = get(person, "/plan/1");

        assertThat(result).hasStatusOk();
        assertThat(page(result))
                .contains("Your plan, version 1")
                .contains("This is an earlier version")
                .contains("See your current plan (version 2)")
                .contains("Daily series: Core");
        assertThat(page(get(person, "/plan")))
                .contains("Waiting for clearance")
                .contains("On hold for now")
                .doesNotContain("Your stage")
                .doesNotContain("/exercises/");
    }

    @Test
    void nobodyTicksAnothersHabitsOrSeesAnothersPlan() {
        var alice = withPlan(intake().hips(hipsFailing()));
        plans.submit(alice.accountId(), intake().hips(hipsFailing()).build());
        var bob = withPlan(intake().core(coreFailing()));
        var carol = newPerson();

        assertThat(get(bob, "/plan/2")).hasStatus(404);
        assertThat(get(carol, "/plan/1")).hasStatus(404);
        for (var someone : new AccountPrincipal[] {bob, carol}) {
            var tick = mvc.post()
                    .uri("/today/habits/hips-change-position")
                    .param("done", "true")
                    .with(user(someone))
                    .with(csrf())
                    .exchange();
            assertThat(tick).hasStatus(404);
        }
        assertThat(checkOffs.ticked(alice.accountId(), WEDNESDAY_IN_AUCKLAND)).isEmpty();
        assertThat(checkOffs.ticked(bob.accountId(), WEDNESDAY_IN_AUCKLAND)).isEmpty();
        assertThat(page(get(alice, "/plan/2"))).contains("Daily series: Hips");
    }
}
