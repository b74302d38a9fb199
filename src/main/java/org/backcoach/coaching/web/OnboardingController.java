package org.backcoach.coaching.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.backcoach.accounts.AccountPrincipal;
import org.backcoach.assessment.Findings;
import org.backcoach.assessment.Intake;
import org.backcoach.assessment.InvalidIntakeException;
import org.backcoach.assessment.Notice;
import org.backcoach.assessment.Rule;
import org.backcoach.assessment.SafetyVerdict;
import org.backcoach.assessment.Wording;
import org.backcoach.catalog.Region;
import org.backcoach.coaching.PersonalPlans;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The guided onboarding: one page per step, saved at every Continue, resumed where the person stopped.
 * The last step hands the intake to {@link PersonalPlans}, which adds a plan version.
 */
@Controller
@RequestMapping("/onboarding")
class OnboardingController {

    private static final String REDIRECT = "redirect:/onboarding/";

    private final OnboardingFlow flow;
    private final PersonalPlans plans;

    OnboardingController(OnboardingFlow flow, PersonalPlans plans) {
        this.flow = flow;
        this.plans = plans;
    }

    @GetMapping
    String resume(@AuthenticationPrincipal AccountPrincipal me) {
        var saved = flow.load(me.accountId());
        if (saved.isEmpty()) {
            return REDIRECT + OnboardingStep.SAFETY.slug();
        }
        var answers = saved.get().answers();
        var stop = flow.stop(answers);
        if (stop.isPresent()) {
            return REDIRECT + stop.get();
        }
        return OnboardingStep.fromSlug(saved.get().step())
                .filter(step -> flow.redirectFor(step, answers).isEmpty())
                .map(step -> REDIRECT + step.slug())
                .orElseGet(() -> REDIRECT + flow.firstOpen(answers).slug());
    }

    @PostMapping("/retake")
    String retake(@AuthenticationPrincipal AccountPrincipal me) {
        var current = plans.current(me.accountId());
        if (current.isEmpty()) {
            return "redirect:/onboarding";
        }
        flow.save(me.accountId(), OnboardingStep.SAFETY.slug(), OnboardingAnswers.retake(current.get()));
        return REDIRECT + OnboardingStep.SAFETY.slug();
    }

    @GetMapping("/see-clinician")
    String seeClinician(@AuthenticationPrincipal AccountPrincipal me, Model model) {
        var answers = flow.answers(me.accountId());
        if (!flow.verdictIs(answers, SafetyVerdict.SEE_CLINICIAN)) {
            return "redirect:/onboarding";
        }
        var findings = flow.safetyCheck(answers).orElseThrow();
        model.addAttribute("notices", notices(findings, Rule.SAFE_1));
        model.addAttribute(
                "flags",
                answers.safety().redFlags().stream()
                        .distinct()
                        .map(Wording::redFlag)
                        .toList());
        return "onboarding/see-clinician";
    }

    @GetMapping("/clearance")
    String clearance(@AuthenticationPrincipal AccountPrincipal me, Model model) {
        var answers = flow.answers(me.accountId());
        if (!flow.verdictIs(answers, SafetyVerdict.NEEDS_CLEARANCE)) {
            return "redirect:/onboarding";
        }
        var findings = flow.safetyCheck(answers).orElseThrow();
        model.addAttribute("notices", notices(findings, Rule.SAFE_2));
        model.addAttribute("conditionNotes", notices(findings, Rule.SAFE_3));
        return "onboarding/clearance";
    }

    /** "I've been cleared": the answer changes, and the person checks the safety step again. */
    @PostMapping("/clearance")
    String cleared(@AuthenticationPrincipal AccountPrincipal me) {
        var answers = flow.answers(me.accountId());
        var safety = answers.safety();
        if (safety != null) {
            var cleared = new Intake.Safety(safety.redFlags(), true, safety.conditions());
            flow.save(me.accountId(), OnboardingStep.SAFETY.slug(), answers.withSafety(cleared));
        }
        return REDIRECT + OnboardingStep.SAFETY.slug();
    }

    @GetMapping("/{slug}")
    String step(@AuthenticationPrincipal AccountPrincipal me, @PathVariable String slug, Model model) {
        var step = stepOf(slug);
        var answers = flow.answers(me.accountId());
        var elsewhere = flow.redirectFor(step, answers);
        if (elsewhere.isPresent()) {
            return REDIRECT + elsewhere.get();
        }
        return show(me.accountId(), step, answers, OnboardingForms.values(step, answers), Map.of(), model);
    }

    @PostMapping("/{slug}")
    String save(
            @AuthenticationPrincipal AccountPrincipal me,
            @PathVariable String slug,
            @RequestParam(defaultValue = "continue") String action,
            @RequestParam(required = false) String preset,
            @RequestParam MultiValueMap<String, String> parameters,
            Model model,
            HttpServletResponse response) {
        var accountId = me.accountId();
        var step = stepOf(slug);
        var answers = flow.answers(accountId);
        var elsewhere = flow.redirectFor(step, answers);
        if (elsewhere.isPresent()) {
            return REDIRECT + elsewhere.get();
        }
        var form = FormValues.posted(parameters);

        if (step == OnboardingStep.KIT && preset != null) {
            // Without the script a preset button posts the form: tick its kit and show the page again.
            var kit = KitPreset.fromName(preset).orElseThrow(OnboardingController::notFound);
            form.without("equipment").putAll("equipment", kit.equipment());
            model.addAttribute("presetApplied", kit.label());
            return show(accountId, step, answers, form, Map.of(), model);
        }
        if (step.selfTest() && "skip".equals(action)) {
            return advance(accountId, step, answers.withoutTest(step).markDone(step));
        }

        var reading = OnboardingForms.read(step, form, answers, flow.focusOptions(answers));
        if ("back".equals(action)) {
            // Going back keeps this page's answers when they are whole; half-done answers wait here.
            var kept = reading.valid() ? reading.answers().markDone(step) : answers;
            var previous = flow.previous(step, kept).orElse(OnboardingStep.SAFETY);
            flow.save(accountId, previous.slug(), kept);
            return REDIRECT + previous.slug();
        }
        if (!reading.valid()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return show(accountId, step, answers, form, reading.errors(), model);
        }
        return advance(accountId, step, reading.answers().markDone(step));
    }

    /** Saves the step and goes on: to a stop page, the next step, or the finished plan. */
    private String advance(UUID accountId, OnboardingStep step, OnboardingAnswers answers) {
        var stop = step == OnboardingStep.SAFETY ? flow.stop(answers) : Optional.<String>empty();
        if (stop.isPresent()) {
            flow.save(accountId, stop.get(), answers);
            return REDIRECT + stop.get();
        }
        var next = flow.next(step, answers);
        if (next.isPresent()) {
            flow.save(accountId, next.get().slug(), answers);
            return REDIRECT + next.get().slug();
        }
        return finish(accountId, answers);
    }

    /** Builds the intake and stores it as the person's next plan version; the draft is done with. */
    private String finish(UUID accountId, OnboardingAnswers answers) {
        var focus = flow.focusApplies(answers) ? answers.focus() : null;
        try {
            var stored = plans.submit(accountId, answers.toIntake(focus));
            flow.clear(accountId);
            return "redirect:/plan?updated=" + stored.version();
        } catch (InvalidIntakeException e) {
            // Should not happen, as every step was checked; send the person to the first step with a problem.
            var step = Arrays.stream(OnboardingStep.values())
                    .filter(candidate -> e.problems().stream().anyMatch(problem -> candidate.owns(problem.field())))
                    .findFirst()
                    .orElse(OnboardingStep.SAFETY);
            var saved = answers.reopen(step);
            flow.save(accountId, step.slug(), saved);
            return REDIRECT + step.slug();
        }
    }

    private String show(
            UUID accountId,
            OnboardingStep step,
            OnboardingAnswers answers,
            FormValues form,
            Map<String, String> errors,
            Model model) {
        var steps = flow.steps(answers);
        var links = steps.stream()
                .map(each -> new StepLink(
                        each.slug(),
                        each.title(),
                        each == step,
                        each != step && flow.redirectFor(each, answers).isEmpty()))
                .toList();
        model.addAttribute("step", step);
        model.addAttribute("stepNumber", steps.indexOf(step) + 1);
        model.addAttribute("stepCount", steps.size());
        model.addAttribute("stepLinks", links);
        model.addAttribute("canGoBack", step != OnboardingStep.SAFETY);
        model.addAttribute("lastStep", flow.next(step, answers).isEmpty());
        model.addAttribute("form", form);
        model.addAttribute("errors", new LinkedHashMap<>(errors));
        model.addAttribute("retakeOf", answers.retakeOf());
        switch (step) {
            case SAFETY -> {
                model.addAttribute("redFlags", OnboardingForms.redFlags());
                model.addAttribute("conditions", OnboardingForms.conditions());
                model.addAttribute(
                        "hasPlan",
                        answers.retakeOf() == null && plans.current(accountId).isPresent());
            }
            case SYMPTOMS -> {
                model.addAttribute("nightWakingChoices", OnboardingForms.nightWaking());
                model.addAttribute("mobilityChoices", OnboardingForms.mobility());
                model.addAttribute("symptomFlags", OnboardingForms.symptomFlags());
            }
            case KIT -> {
                model.addAttribute("presets", List.of(KitPreset.values()));
                model.addAttribute("equipmentChoices", OnboardingForms.equipment());
                model.addAttribute("dayChoices", OnboardingForms.days());
            }
            case FOCUS -> {
                var needsWork = flow.regionsNeedingWork(answers);
                model.addAttribute("coreFirst", needsWork.contains(Region.CORE));
                model.addAttribute("focusChoices", OnboardingForms.regions(flow.focusOptions(answers)));
                model.addAttribute(
                        "needsWork",
                        needsWork.stream().map(OnboardingForms::regionName).toList());
            }
            default -> {}
        }
        return step.view();
    }

    /** A step in the list of all steps: a link when the person may go there. */
    record StepLink(String slug, String title, boolean current, boolean reachable) {}

    private static List<String> notices(Findings findings, Rule rule) {
        return findings.notices().stream()
                .filter(notice -> notice.rule() == rule)
                .map(Notice::message)
                .toList();
    }

    private static OnboardingStep stepOf(String slug) {
        return OnboardingStep.fromSlug(slug).orElseThrow(OnboardingController::notFound);
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
