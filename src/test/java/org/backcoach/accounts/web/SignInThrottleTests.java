package org.backcoach.accounts.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.UUID;
import org.backcoach.accounts.Accounts;
import org.backcoach.accounts.SignInGuard;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class SignInThrottleTests {

    private static final String PASSWORD = "twelve chars or more";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Accounts accounts;

    private MvcTestResult signIn(String email, String password) {
        return mvc.post()
                .uri("/sign-in")
                .with(csrf())
                .param("email", email)
                .param("password", password)
                .exchange();
    }

    @Test
    void tenWrongPasswordsInAMinutePauseSignInEvenWithTheRightOne() {
        var email = "throttle-" + UUID.randomUUID() + "@example.org";
        accounts.signUp(email, "Kim", PASSWORD, "Europe/Paris");

        for (int attempt = 0; attempt < SignInGuard.MAX_FAILURES; attempt++) {
            assertThat(signIn(email, "wrong password " + attempt))
                    .redirectedUrl()
                    .isEqualTo("/sign-in?error");
        }

        assertThat(signIn(email, PASSWORD)).redirectedUrl().isEqualTo("/sign-in?locked");
    }

    @Test
    void theRightPasswordSignsInWithANewSessionAndClearsTheCount() {
        var email = "fine-" + UUID.randomUUID() + "@example.org";
        accounts.signUp(email, "Kim", PASSWORD, null);
        for (int attempt = 0; attempt < SignInGuard.MAX_FAILURES - 1; attempt++) {
            signIn(email, "wrong password");
        }

        var result = signIn(email, PASSWORD);

        assertThat(result).redirectedUrl().isEqualTo("/today");
        assertThat(signIn(email, "wrong again")).redirectedUrl().isEqualTo("/sign-in?error");
    }

    @Test
    void theLockedPageSaysWhyInPlainWords() {
        var page = mvc.get().uri("/sign-in?locked").exchange();

        assertThat(page).bodyText().contains("Too many tries in a row");
    }
}
