package org.backcoach.coaching.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.backcoach.accounts.AccountPrincipal;
import org.backcoach.accounts.Accounts;
import org.backcoach.assessment.RegionStatus;
import org.backcoach.catalog.Region;
import org.backcoach.coaching.OnboardingDrafts;
import org.backcoach.coaching.PersonalPlans;
import org.backcoach.planning.PlanStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The guided onboarding through its pages: saved step by step, stopped by red flags, finished as a plan. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class OnboardingPagesTests {

    private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>");
    private static final Pattern ID = Pattern.compile("\\bid=\"([^\"]+)\"");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    OnboardingDrafts drafts;

    @Autowired
    PersonalPlans plans;

    // The happy path, step by step

    @Test
    void everyStepRendersWithALabelForEveryInput() {
        var me = newPerson();
        for (var step : List.of("safety", "symptoms", "core", "hips", "feet", "upper-back", "kit", "focus")) {
            var page = get(me, "/onboarding/" + step);
            assertThat(page).as(step).hasStatusOk();
            assertEveryInputIsLabelled(step, page);
            assertThat(page)
                    .bodyText()
                    .contains("Step ")
                    .doesNotContain("aria-invalid")
                    .doesNotContain("-error\"");
            answer(me, step, true);
        }
    }

    @Test
    void eachTestPageSaysItIsNotADiagnosisAndOffersASkip() {
        var me = newPerson();
        answer(me, "safety", true);
        answer(me, "symptoms", true);
        for (var step : List.of("core", "hips", "feet", "upper-back")) {
            var page = get(me, "/onboarding/" + step);
            assertThat(page).as(step).bodyText().contains("not a diagnosis").contains("Skip for now");
            answer(me, step, true);
        }
    }

    @Test
    void savesEachStepAndResumesWhereThePersonStopped() {
        var me = newPerson();
        assertThat(get(me, "/onboarding")).hasRedirectedUrl("/onboarding/safety");

        assertThat(answer(me, "safety", true)).hasRedirectedUrl("/onboarding/symptoms");
        assertThat(drafts.load(me.accountId()).orElseThrow().step()).isEqualTo("symptoms");
        assertThat(get(me, "/onboarding")).hasRedirectedUrl("/onboarding/symptoms");

        assertThat(answer(me, "symptoms", true)).hasRedirectedUrl("/onboarding/core");
        assertThat(get(me, "/onboarding")).hasRedirectedUrl("/onboarding/core");

        // The saved answers come back when the person looks at an earlier step again.
        assertThat(get(me, "/onboarding/symptoms"))
                .bodyText()
                .contains("value=\"6\"")
                .containsPattern("value=\"OFTEN\"[^>]*checked");
    }

    @Test
    void stepsAheadOfTheAnswersSendThePersonToTheFirstOpenStep() {
        var me = newPerson();
        assertThat(get(me, "/onboarding/hips")).hasRedirectedUrl("/onboarding/safety");
        answer(me, "safety", true);
        assertThat(get(me, "/onboarding/kit")).hasRedirectedUrl("/onboarding/symptoms");
        assertThat(post(me, "/onboarding/kit", "trainingDays", "MONDAY")).hasRedirectedUrl("/onboarding/symptoms");
        assertThat(get(me, "/onboarding/nowhere")).hasStatus(404);
    }

    @Test
    void backSavesThePageAndReturnsToTheStepBefore() {
        var me = newPerson();
        answer(me, "safety", true);
        var back = post(
                me,
                "/onboarding/symptoms",
                "action",
                "back",
                "painNow",
                "3",
                "nightWaking",
                "NEVER",
                "mobility",
                "NORMAL");

        assertThat(back).hasRedirectedUrl("/onboarding/safety");
        assertThat(get(me, "/onboarding/symptoms")).bodyText().contains("value=\"3\"");
    }

    // Mistakes

    @Test
    void invalidInputShowsEachFieldsMessageAndKeepsWhatWasEntered() {
        var me = newPerson();
        answer(me, "safety", true);
        var symptoms =
                post(me, "/onboarding/symptoms", "painNow", "4", "mobility", "RESTRICTED", "radiatingPain", "true");

        assertThat(symptoms).hasStatus(422);
        assertThat(symptoms)
                .bodyText()
                .contains("An answer is required")
                .containsPattern("value=\"RESTRICTED\"[^>]*checked")
                .containsPattern("name=\"radiatingPain\"[^>]*checked")
                .contains("value=\"4\"");
        assertThat(drafts.load(me.accountId()).orElseThrow().step()).isEqualTo("symptoms");

        answer(me, "symptoms", true);
        answer(me, "core", true);
        var hips = post(
                me,
                "/onboarding/hips",
                "internalRotationLeft",
                "abc",
                "internalRotationRight",
                "95",
                "extensionKneeBelowParallelLeft",
                "true");

        assertThat(hips).hasStatus(422);
        assertThat(hips)
                .bodyText()
                .contains("The left-hip angle must be a whole number")
                .contains("The right-hip angle must be from 0 to 90 degrees")
                .contains("An answer for the right leg is required")
                .contains("value=\"abc\"")
                .contains("value=\"95\"")
                .containsPattern("id=\"extensionLeft-below\"[^>]*checked")
                .containsPattern("id=\"internalRotationLeft\"[^>]*aria-invalid=\"true\"");
    }

    @Test
    void adjacentTrainingDaysAreRefusedWithTheReason() {
        var me = newPerson();
        walkTo(me, "kit", false);

        var refused = post(me, "/onboarding/kit", "trainingDays", "MONDAY", "trainingDays", "TUESDAY");

        assertThat(refused).hasStatus(422);
        assertThat(refused)
                .bodyText()
                .contains("Monday and Tuesday are back to back; leave at least one rest day between sessions")
                .containsPattern("value=\"MONDAY\"[^>]*checked")
                .containsPattern("value=\"TUESDAY\"[^>]*checked");

        var sundayMonday = post(me, "/onboarding/kit", "trainingDays", "SUNDAY", "trainingDays", "MONDAY");
        assertThat(sundayMonday).hasStatus(422);
        assertThat(sundayMonday).bodyText().contains("back to back");

        assertThat(post(me, "/onboarding/kit")).hasStatus(422);
        assertThat(post(me, "/onboarding/kit")).bodyText().contains("Choose 1 to 3 days");
        assertThat(plans.current(me.accountId())).isEmpty();
    }

    @Test
    void theKitPresetsWorkWithoutTheScript() {
        var me = newPerson();
        walkTo(me, "kit", false);

        var home = post(me, "/onboarding/kit", "preset", "HOME", "equipment", "DUMBBELL", "trainingDays", "TUESDAY");

        assertThat(home).hasStatusOk();
        assertThat(home)
                .bodyText()
                .containsPattern("value=\"FOAM_ROLLER\"[^>]*checked")
                .containsPattern("value=\"RESISTANCE_BAND\"[^>]*checked")
                .doesNotContainPattern("value=\"DUMBBELL\"[^>]*checked")
                .containsPattern("value=\"TUESDAY\"[^>]*checked")
                .contains("Home picked");
        assertThat(drafts.load(me.accountId()).orElseThrow().step()).isEqualTo("kit");
    }

    // Safety

    @Test
    void aRedFlagLeadsToTheSeeAClinicianPageAndNoPlan() {
        var me = newPerson();
        var safety = post(me, "/onboarding/safety", "redFlags", "SADDLE_NUMBNESS", "medicalClearance", "true");

        assertThat(safety).hasRedirectedUrl("/onboarding/see-clinician");
        var page = get(me, "/onboarding/see-clinician");
        assertThat(page).hasStatusOk();
        assertThat(page)
                .bodyText()
                .contains("Let's pause here")
                .contains("numbness around the groin or inner thighs")
                .contains("please get seen today")
                .contains("Change my safety answers")
                .doesNotContain("Glute Bridge")
                .doesNotContain("Bird Dog");
        assertThat(get(me, "/onboarding")).hasRedirectedUrl("/onboarding/see-clinician");
        assertThat(get(me, "/onboarding/symptoms")).hasRedirectedUrl("/onboarding/see-clinician");
        assertThat(plans.current(me.accountId())).isEmpty();
        assertThat(plans.history(me.accountId())).isEmpty();

        // Changing the answer later carries on from the safety step.
        assertThat(answer(me, "safety", true)).hasRedirectedUrl("/onboarding/symptoms");
        assertThat(get(me, "/onboarding/see-clinician")).hasRedirectedUrl("/onboarding");
    }

    @Test
    void aNonUrgentRedFlagStillStopsButDoesNotSayToday() {
        var me = newPerson();
        post(me, "/onboarding/safety", "redFlags", "CANCER_HISTORY", "medicalClearance", "true");

        assertThat(get(me, "/onboarding/see-clinician"))
                .bodyText()
                .contains("a history of cancer")
                .doesNotContain("get seen today");
    }

    @Test
    void withoutClearanceThePersonIsToldWhyAndComesBackOnceCleared() {
        var me = newPerson();
        var safety = post(me, "/onboarding/safety", "medicalClearance", "false", "conditions", "PREGNANCY");

        assertThat(safety).hasRedirectedUrl("/onboarding/clearance");
        var page = get(me, "/onboarding/clearance");
        assertThat(page).hasStatusOk();
        assertThat(page)
                .bodyText()
                .contains("Why we wait")
                .contains("What to ask")
                .contains("cleared you to exercise")
                .contains("pregnant: go ahead only with your clinician")
                .contains("I've been cleared");
        assertThat(get(me, "/onboarding/core")).hasRedirectedUrl("/onboarding/clearance");

        assertThat(post(me, "/onboarding/clearance")).hasRedirectedUrl("/onboarding/safety");
        assertThat(get(me, "/onboarding/safety"))
                .bodyText()
                .containsPattern("id=\"medicalClearance-yes\"[^>]*checked")
                .containsPattern("value=\"PREGNANCY\"[^>]*checked");
        assertThat(post(me, "/onboarding/safety", "medicalClearance", "true", "conditions", "PREGNANCY"))
                .hasRedirectedUrl("/onboarding/symptoms");
    }

    @Test
    void theSafetyStepNamesEveryRedFlagInPlainWords() {
        var me = newPerson();
        assertThat(get(me, "/onboarding/safety"))
                .bodyText()
                .contains("A recent fall, accident or blow to your back")
                .contains("A change in bladder or bowel control")
                .contains("Leg weakness that is getting worse")
                .contains("Constant pain that rest doesn&#39;t ease, worst at night");
    }

    // Finishing

    @Test
    void finishingStoresAPlanVersionAndClearsTheDraft() {
        var me = newPerson();
        walkTo(me, "kit", false);

        var finish = answer(me, "kit", false);

        assertThat(finish).hasRedirectedUrl("/plan?updated=1");
        assertThat(drafts.load(me.accountId())).isEmpty();
        var stored = plans.current(me.accountId()).orElseThrow();
        assertThat(stored.version()).isEqualTo(1);
        assertThat(stored.plan().status()).isEqualTo(PlanStatus.READY);
        assertThat(stored.intake().trainingDays())
                .containsExactly(java.time.DayOfWeek.MONDAY, java.time.DayOfWeek.WEDNESDAY, java.time.DayOfWeek.FRIDAY);
        assertThat(stored.intake().equipment()).contains(org.backcoach.catalog.Equipment.FOAM_ROLLER);

        // Coming back later starts a new onboarding, with the offer to start from the last answers.
        assertThat(get(me, "/onboarding")).hasRedirectedUrl("/onboarding/safety");
        assertThat(get(me, "/onboarding/safety"))
                .bodyText()
                .contains("You already have a plan")
                .contains("Start from my last answers");
    }

    @Test
    void skipForNowLeavesTheRegionNotAssessed() {
        var me = newPerson();
        answer(me, "safety", true);
        answer(me, "symptoms", true);
        answer(me, "core", false);
        assertThat(post(me, "/onboarding/hips", "action", "skip", "internalRotationLeft", "nonsense"))
                .hasRedirectedUrl("/onboarding/feet");
        answer(me, "feet", false);
        answer(me, "upper-back", false);
        answer(me, "kit", false);

        var plan = plans.current(me.accountId()).orElseThrow().plan();
        assertThat(plan.regions())
                .filteredOn(result -> result.region() == Region.HIPS)
                .singleElement()
                .extracting(result -> result.result())
                .isEqualTo(RegionStatus.NOT_ASSESSED);
        assertThat(plans.current(me.accountId())
                        .orElseThrow()
                        .intake()
                        .assessments()
                        .hips())
                .isNull();
    }

    @Test
    void theFocusStepAppearsOnlyWhenSeveralRegionsNeedWork() {
        // Only the core needs work: no pick, the kit step finishes.
        var oneRegion = newPerson();
        answer(oneRegion, "safety", true);
        answer(oneRegion, "symptoms", true);
        answer(oneRegion, "core", true);
        answer(oneRegion, "hips", false);
        answer(oneRegion, "feet", false);
        answer(oneRegion, "upper-back", false);
        assertThat(get(oneRegion, "/onboarding/focus")).hasRedirectedUrl("/onboarding/kit");
        assertThat(get(oneRegion, "/onboarding/kit")).bodyText().contains("Build my plan");
        assertThat(answer(oneRegion, "kit", false)).hasRedirectedUrl("/plan?updated=1");

        // Core and hips need work: core comes first, the pick is what follows.
        var coreAndHips = newPerson();
        walkTo(coreAndHips, "kit", true);
        assertThat(answer(coreAndHips, "kit", false)).hasRedirectedUrl("/onboarding/focus");
        var focus = get(coreAndHips, "/onboarding/focus");
        assertThat(focus).hasStatusOk();
        assertThat(focus)
                .bodyText()
                .contains("Your core comes first")
                .contains("value=\"HIPS\"")
                .contains("value=\"FEET\"")
                .doesNotContain("value=\"CORE\"")
                .contains("Not sure: let BackCoach choose");
        assertThat(post(coreAndHips, "/onboarding/focus", "focus", "CORE")).hasStatus(422);
        assertThat(post(coreAndHips, "/onboarding/focus", "focus", "FEET")).hasRedirectedUrl("/plan?updated=1");
        var stored = plans.current(coreAndHips.accountId()).orElseThrow();
        assertThat(stored.intake().focus()).isEqualTo(Region.FEET);
        assertThat(stored.plan().dailySeries().region()).isEqualTo(Region.CORE);
    }

    @Test
    void withoutTheCoreThePickChoosesTheSeries() {
        var me = newPerson();
        answer(me, "safety", true);
        answer(me, "symptoms", true);
        answer(me, "core", false);
        answer(me, "hips", true);
        answer(me, "feet", true);
        answer(me, "upper-back", false);
        assertThat(answer(me, "kit", false)).hasRedirectedUrl("/onboarding/focus");
        assertThat(get(me, "/onboarding/focus")).bodyText().doesNotContain("Your core comes first");

        post(me, "/onboarding/focus", "focus", "FEET");

        assertThat(plans.current(me.accountId())
                        .orElseThrow()
                        .plan()
                        .dailySeries()
                        .region())
                .isEqualTo(Region.FEET);
    }

    @Test
    void aRetakeStartsFromTheCurrentIntakeAndAddsAVersion() {
        var me = newPerson();
        walkTo(me, "kit", true);
        answer(me, "kit", false);
        post(me, "/onboarding/focus", "focus", "HIPS");
        var first = plans.current(me.accountId()).orElseThrow();

        assertThat(post(me, "/onboarding/retake")).hasRedirectedUrl("/onboarding/safety");
        assertThat(get(me, "/onboarding/safety"))
                .bodyText()
                .contains("You're updating your plan")
                .containsPattern("id=\"medicalClearance-yes\"[^>]*checked");
        answer(me, "safety", true);
        assertThat(get(me, "/onboarding/symptoms")).bodyText().contains("value=\"6\"");
        answer(me, "symptoms", true);
        // The core now passes: only what changed is entered differently.
        answer(me, "core", false);
        assertThat(get(me, "/onboarding/hips")).bodyText().contains("value=\"15\"");
        answer(me, "hips", true);
        answer(me, "feet", true);
        answer(me, "upper-back", false);
        assertThat(get(me, "/onboarding/kit")).bodyText().containsPattern("value=\"FOAM_ROLLER\"[^>]*checked");
        assertThat(answer(me, "kit", false)).hasRedirectedUrl("/onboarding/focus");
        assertThat(get(me, "/onboarding/focus")).bodyText().containsPattern("value=\"HIPS\"[^>]*checked");

        assertThat(post(me, "/onboarding/focus", "focus", "HIPS")).hasRedirectedUrl("/plan?updated=2");

        var second = plans.current(me.accountId()).orElseThrow();
        assertThat(second.version()).isEqualTo(2);
        assertThat(second.intake().assessments().core().lowBackLifted()).isFalse();
        assertThat(second.plan().dailySeries().region()).isEqualTo(Region.HIPS);
        assertThat(plans.version(me.accountId(), 1).orElseThrow().intake()).isEqualTo(first.intake());
        assertThat(plans.history(me.accountId())).hasSize(2);
        assertThat(drafts.load(me.accountId())).isEmpty();
    }

    @Test
    void aRetakeWithoutAPlanStartsAFreshOnboarding() {
        var me = newPerson();
        assertThat(post(me, "/onboarding/retake")).hasRedirectedUrl("/onboarding");
        assertThat(drafts.load(me.accountId())).isEmpty();
    }

    // Privacy

    @Test
    void nobodyElseSeesOrChangesSomeonesDraft() {
        var alice = newPerson();
        var bob = newPerson();
        post(alice, "/onboarding/safety", "medicalClearance", "true", "conditions", "SCIATICA");
        answer(alice, "symptoms", true);
        var alicesDraft = drafts.load(alice.accountId()).orElseThrow();

        assertThat(get(bob, "/onboarding")).hasRedirectedUrl("/onboarding/safety");
        assertThat(get(bob, "/onboarding/safety"))
                .bodyText()
                .doesNotContainPattern("value=\"SCIATICA\"[^>]*checked")
                .doesNotContainPattern("id=\"medicalClearance-yes\"[^>]*checked");
        assertThat(get(bob, "/onboarding/core")).hasRedirectedUrl("/onboarding/safety");
        assertThat(post(bob, "/onboarding/core", "lowBackLifted", "true")).hasRedirectedUrl("/onboarding/safety");

        assertThat(drafts.load(alice.accountId()).orElseThrow()).isEqualTo(alicesDraft);
        assertThat(drafts.load(bob.accountId())).isEmpty();
    }

    @Test
    void theOnboardingNeedsAnAccount() {
        var page =
                mvc.get().uri("/onboarding/safety").accept(MediaType.TEXT_HTML).exchange();
        assertThat(page).hasStatus(302);
        assertThat(page.getResponse().getRedirectedUrl()).endsWith("/sign-in");
        assertThat(mvc.post().uri("/onboarding/safety").param("medicalClearance", "true"))
                .hasStatus(403);
    }

    @Test
    void aPostWithoutTheCsrfTokenIsRefused() {
        var me = newPerson();
        assertThat(mvc.post().uri("/onboarding/safety").with(user(me)).param("medicalClearance", "true"))
                .hasStatus(403);
        assertThat(drafts.load(me.accountId())).isEmpty();
    }

    // Helpers

    private AccountPrincipal newPerson() {
        var account = accounts.signUp(
                "onboarding-" + UUID.randomUUID() + "@example.org", "Sam", "a long and happy back", "UTC");
        return new AccountPrincipal(account.id(), account.email(), account.displayName(), account.role(), null, false);
    }

    private MvcTestResult get(AccountPrincipal me, String path) {
        return mvc.get().uri(path).with(user(me)).exchange();
    }

    private MvcTestResult post(AccountPrincipal me, String path, String... parameters) {
        var request = mvc.post().uri(path).with(user(me)).with(csrf());
        for (var i = 0; i < parameters.length; i += 2) {
            request.param(parameters[i], parameters[i + 1]);
        }
        return request.exchange();
    }

    /**
     * Answers a step with a valid page. With {@code needsWork} a self-test shows something to work on;
     * the symptoms are those of a beginner either way.
     */
    private MvcTestResult answer(AccountPrincipal me, String step, boolean needsWork) {
        var result = switch (step) {
            case "safety" -> post(me, "/onboarding/safety", "medicalClearance", "true");
            case "symptoms" ->
                post(
                        me,
                        "/onboarding/symptoms",
                        "painNow",
                        "6",
                        "nightWaking",
                        "OFTEN",
                        "mobility",
                        "SOMEWHAT_RESTRICTED",
                        "exercisesRegularly",
                        "true");
            case "core" ->
                needsWork
                        ? post(me, "/onboarding/core", "lowBackLifted", "true", "plankSeconds", "45")
                        : post(me, "/onboarding/core", "plankSeconds", "130");
            case "hips" ->
                post(
                        me,
                        "/onboarding/hips",
                        "internalRotationLeft",
                        needsWork ? "15" : "30",
                        "internalRotationRight",
                        "30",
                        "extensionKneeBelowParallelLeft",
                        "true",
                        "extensionKneeBelowParallelRight",
                        "true");
            case "feet" ->
                needsWork
                        ? post(me, "/onboarding/feet", "archCollapsesStanding", "true", "bigToeLift", "false")
                        : post(me, "/onboarding/feet", "bigToeLift", "true", "toeSpread", "");
            case "upper-back" ->
                post(
                        me,
                        "/onboarding/upper-back",
                        "shoulderReachesFloorLeft",
                        "true",
                        "shoulderReachesFloorRight",
                        needsWork ? "false" : "true");
            case "kit" ->
                post(
                        me,
                        "/onboarding/kit",
                        "equipment",
                        "FOAM_ROLLER",
                        "equipment",
                        "MINI_BAND",
                        "trainingDays",
                        "MONDAY",
                        "trainingDays",
                        "WEDNESDAY",
                        "trainingDays",
                        "FRIDAY");
            case "focus" -> post(me, "/onboarding/focus", "focus", "HIPS");
            default -> throw new IllegalArgumentException(step);
        };
        assertThat(result.getResponse().getStatus()).as(step).isEqualTo(302);
        return result;
    }

    /** Answers every step before {@code step}; with {@code needsWork} every test shows something to work on. */
    private void walkTo(AccountPrincipal me, String step, boolean needsWork) {
        for (var earlier : List.of("safety", "symptoms", "core", "hips", "feet", "upper-back", "kit")) {
            if (earlier.equals(step)) {
                return;
            }
            answer(me, earlier, needsWork);
        }
    }

    private static void assertEveryInputIsLabelled(String step, MvcTestResult page) {
        var html = new String(page.getResponse().getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8);
        var unlabelled = new ArrayList<String>();
        var inputs = INPUT.matcher(html);
        while (inputs.find()) {
            var input = inputs.group();
            if (input.contains("type=\"hidden\"")) {
                continue;
            }
            var id = ID.matcher(input);
            if (!id.find() || !html.contains("for=\"" + id.group(1) + "\"")) {
                unlabelled.add(input);
            }
        }
        assertThat(unlabelled).as(step + ": inputs without a label").isEmpty();
    }
}
