package org.backcoach.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The guided onboarding on a phone, by keyboard alone: every control reached, no sideways scrolling. */
class OnboardingBrowserTests extends BrowserTest {

    @Test
    void aNewPersonOnboardsByKeyboardOnAPhone() {
        signUp(page, "Kim");
        page.waitForURL(Pattern.compile(".*/onboarding/safety"));
        fitsThePhone("onboarding-safety");
        press(page.getByLabel("Yes, I've been cleared to exercise"), "Space");
        continueWith("Continue");

        page.waitForURL(Pattern.compile(".*/onboarding/symptoms"));
        var pain = page.getByLabel("How much does your back hurt right now?");
        assertThat(page.locator("#painNow-value")).hasText("5");
        press(pain, "ArrowRight");
        press(pain, "ArrowRight");
        assertThat(page.locator("#painNow-value")).hasText("7");
        press(page.getByLabel("Sometimes"), "Space");
        press(page.getByLabel("A bit limited: stiff, some movements are awkward"), "Space");
        press(page.getByLabel("I exercise regularly, most weeks"), "Space");
        fitsThePhone("onboarding-symptoms");
        continueWith("Continue");

        page.waitForURL(Pattern.compile(".*/onboarding/core"));
        press(page.getByLabel("My low back lifted off the floor"), "Space");
        press(button("Start"), "Enter");
        page.waitForTimeout(1_300);
        // Starting moved the focus to Stop, so a second key press stops the watch.
        page.keyboard().press("Enter");
        assertThat(page.getByLabel("How long you held it, in seconds (optional)"))
                .hasValue(Pattern.compile("[1-9]"));
        fitsThePhone("onboarding-core");
        continueWith("Continue");

        page.waitForURL(Pattern.compile(".*/onboarding/hips"));
        page.getByLabel("Left hip, in degrees (0 to 90)").focus();
        page.keyboard().type("15");
        page.getByLabel("Right hip, in degrees (0 to 90)").focus();
        page.keyboard().type("30");
        press(page.locator("#extensionLeft-below"), "Space");
        press(page.locator("#extensionRight-below"), "Space");
        fitsThePhone("onboarding-hips");
        continueWith("Continue");

        page.waitForURL(Pattern.compile(".*/onboarding/feet"));
        fitsThePhone("onboarding-feet");
        continueWith("Skip for now");

        page.waitForURL(Pattern.compile(".*/onboarding/upper-back"));
        press(page.locator("#shoulderLeft-yes"), "Space");
        press(page.locator("#shoulderRight-yes"), "Space");
        fitsThePhone("onboarding-upper-back");
        continueWith("Continue");

        page.waitForURL(Pattern.compile(".*/onboarding/kit"));
        assertThat(page.getByLabel("Monday")).isChecked();
        assertThat(page.getByLabel("Wednesday")).isChecked();
        assertThat(page.getByLabel("Friday")).isChecked();
        press(button("Home"), "Enter");
        assertThat(page.getByLabel("Foam roller")).isChecked();
        assertThat(page.getByLabel("Dumbbell")).not().isChecked();
        assertThat(page).hasURL(Pattern.compile(".*/onboarding/kit"));
        press(page.getByLabel("Friday"), "Space");
        press(page.getByLabel("Thursday"), "Space");
        fitsThePhone("onboarding-kit");
        continueWith("Continue");

        assertThat(page.locator("#trainingDays-error")).containsText("Wednesday and Thursday are back to back");
        assertThat(page.getByLabel("Foam roller")).isChecked();
        fitsThePhone("onboarding-kit-refused");
        press(page.getByLabel("Thursday"), "Space");
        press(page.getByLabel("Friday"), "Space");
        continueWith("Continue");

        page.waitForURL(Pattern.compile(".*/onboarding/focus"));
        assertThat(page.getByText("Your core comes first")).isVisible();
        press(page.getByLabel("Hips"), "Space");
        fitsThePhone("onboarding-focus");
        continueWith("Build my plan");
        page.waitForURL(Pattern.compile(".*/plan\\?updated=1"));
    }

    @Test
    void aRedFlagEndsOnACalmPageThatFitsThePhone() {
        signUp(page, "Lee");
        page.waitForURL(Pattern.compile(".*/onboarding/safety"));
        press(page.getByLabel("Leg weakness that is getting worse"), "Space");
        press(page.getByLabel("Yes, I've been cleared to exercise"), "Space");
        continueWith("Continue");

        page.waitForURL(Pattern.compile(".*/onboarding/see-clinician"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Let's pause here")))
                .isVisible();
        assertThat(page.getByText("please get seen today")).isVisible();
        fitsThePhone("onboarding-see-clinician");
    }

    @Test
    void withoutClearanceThePageSaysWhatToAsk() {
        signUp(page, "Ash");
        page.waitForURL(Pattern.compile(".*/onboarding/safety"));
        continueWith("Continue");
        assertThat(page.getByText("An answer is required")).hasCount(2);
        assertThat(page.locator("[data-error-summary]")).isFocused();
        fitsThePhone("onboarding-safety-error");
        press(page.getByLabel("Not yet"), "Space");
        continueWith("Continue");

        page.waitForURL(Pattern.compile(".*/onboarding/clearance"));
        assertThat(page.getByText("What to ask")).isVisible();
        fitsThePhone("onboarding-clearance");
        press(button("I've been cleared"), "Enter");
        page.waitForURL(Pattern.compile(".*/onboarding/safety"));
        assertThat(page.getByLabel("Yes, I've been cleared to exercise")).isChecked();
    }

    private Locator button(String name) {
        return page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static void press(Locator control, String key) {
        control.focus();
        control.press(key);
    }

    private void continueWith(String name) {
        press(button(name), "Enter");
    }

    private void fitsThePhone(String screenshot) {
        var fits = (Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth");
        screenshot(page, screenshot);
        assertThat(fits)
                .as(screenshot + " fits " + PHONE_WIDTH + " px without sideways scrolling")
                .isTrue();
    }
}
