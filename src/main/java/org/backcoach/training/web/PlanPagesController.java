package org.backcoach.training.web;

import java.util.List;
import org.backcoach.accounts.AccountPrincipal;
import org.backcoach.coaching.PersonalPlans;
import org.backcoach.coaching.PlanChanges;
import org.backcoach.coaching.StoredPlan;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

@Controller
class PlanPagesController {

    private final PersonalPlans plans;
    private final PlanModel pages;

    PlanPagesController(PersonalPlans plans, PlanModel pages) {
        this.plans = plans;
        this.pages = pages;
    }

    /** The current plan; after a retake ({@code ?updated=N}) it opens with what changed in version N. */
    @GetMapping("/plan")
    String plan(
            @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam(required = false) Integer updated,
            Model model) {
        var current = plans.current(me.accountId());
        if (current.isEmpty()) {
            return "redirect:/onboarding";
        }
        if (updated != null) {
            plans.version(me.accountId(), updated).ifPresent(after -> {
                model.addAttribute("updated", after.version());
                if (after.version() == 1) {
                    model.addAttribute("firstPlan", true);
                } else {
                    plans.version(me.accountId(), after.version() - 1)
                            .ifPresent(before ->
                                    model.addAttribute("changes", PlanChanges.between(before.plan(), after.plan())));
                }
            });
        }
        return show(me, current.get(), current.get().version(), model);
    }

    /** One version of the plan, read only; another person's versions don't exist here. */
    @GetMapping("/plan/{version}")
    String version(@AuthenticationPrincipal AccountPrincipal me, @PathVariable int version, Model model) {
        var stored = plans.version(me.accountId(), version)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var currentVersion =
                plans.current(me.accountId()).map(StoredPlan::version).orElse(version);
        return show(me, stored, currentVersion, model);
    }

    private String show(AccountPrincipal me, StoredPlan stored, int currentVersion, Model model) {
        var zone = pages.zone(me.accountId());
        pages.add(model, stored, zone);
        var schedule = pages.schedule(stored, zone);
        model.addAttribute("rotation", schedule == null ? List.of() : schedule.firstRound());
        model.addAttribute("currentVersion", currentVersion);
        model.addAttribute("isCurrent", stored.version() == currentVersion);
        model.addAttribute("history", plans.history(me.accountId()));
        return "training/plan";
    }
}
