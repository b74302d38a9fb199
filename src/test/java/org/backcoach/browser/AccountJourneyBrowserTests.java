package org.backcoach.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class AccountJourneyBrowserTests extends BrowserTest {

    @Test
    void aNewPersonSignsUpCreatesATokenShownOnceAndSignsBackIn() {
        page.navigate("/");
        screenshot(page, "home");
        var email = signUp(page, "Robin");
        page.waitForURL(Pattern.compile(".*/onboarding.*"));

        page.navigate("/account");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Robin")))
                .isVisible();
        page.getByLabel("Token name").fill("My spreadsheet");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create token"))
                .click();
        assertThat(page.getByTestId("new-token")).containsText("bc_");
        screenshot(page, "account-token");
        page.reload();
        assertThat(page.getByTestId("new-token")).hasCount(0);
        assertThat(page.getByText("My spreadsheet")).isVisible();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out"))
                .click();
        assertThat(page.getByText("You're signed out")).isVisible();

        page.navigate("/sign-in");
        page.getByLabel("Email").fill(email);
        page.getByLabel("Password").fill("not my password");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("don't match");
        screenshot(page, "sign-in-error");

        page.getByLabel("Email").fill(email);
        page.getByLabel("Password").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
        // Signed in without a plan yet, Today sends the person on to their onboarding.
        page.waitForURL(Pattern.compile(".*/onboarding.*"));
    }

    @Test
    void signUpKeepsWhatWasTypedAndNamesTheBadField() {
        page.navigate("/sign-up");
        page.getByLabel("Email").fill("robin@example");
        page.getByLabel("What should we call you?").fill("Robin");
        page.getByLabel("Password").fill("short");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account"))
                .click();

        assertThat(page.getByText("Password must be at least 12 characters")).isVisible();
        assertThat(page.getByLabel("What should we call you?")).hasValue("Robin");
        assertThat(page.getByLabel("Email")).hasValue("robin@example");
    }
}
