package org.backcoach.training.web;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.UUID;
import org.backcoach.accounts.Account;
import org.backcoach.accounts.Accounts;
import org.backcoach.catalog.Catalog;
import org.backcoach.coaching.StoredPlan;
import org.backcoach.training.StrengthSchedule;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What every plan page needs: the person's time zone and clock, and the plan with its why and words. */
@Component
class PlanModel {

    private final Accounts accounts;
    private final Catalog catalog;
    private final Clock clock;

    PlanModel(Accounts accounts, Catalog catalog, Clock clock) {
        this.accounts = accounts;
        this.catalog = catalog;
        this.clock = clock;
    }

    ZoneId zone(UUID accountId) {
        return accounts.find(accountId).map(Account::timeZone).orElse(ZoneOffset.UTC);
    }

    ZonedDateTime now(ZoneId zone) {
        return clock.instant().atZone(zone);
    }

    Words words(ZoneId zone) {
        return new Words(catalog, zone);
    }

    /**
     * The plan's strength rotation on the calendar, or {@code null} when it has none. A plan starts on
     * the day it was made, in the person's time zone.
     */
    StrengthSchedule schedule(StoredPlan stored, ZoneId zone) {
        var strength = stored.plan().strength();
        return strength == null
                ? null
                : new StrengthSchedule(strength, stored.createdAt().atZone(zone).toLocalDate());
    }

    void add(Model model, StoredPlan stored, ZoneId zone) {
        model.addAttribute("stored", stored);
        model.addAttribute("plan", stored.plan());
        model.addAttribute("why", new Whys(stored.plan()));
        model.addAttribute("words", words(zone));
    }
}
