package org.backcoach.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.UUID;
import org.backcoach.accounts.AccessTokens;
import org.backcoach.accounts.AccountPrincipal;
import org.backcoach.accounts.Accounts;
import org.backcoach.accounts.EmailTakenException;
import org.backcoach.shared.InvalidInputException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class AccountPagesController {

    private final Accounts accounts;
    private final AccessTokens tokens;
    private final UserDetailsService userDetails;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    AccountPagesController(Accounts accounts, AccessTokens tokens, UserDetailsService userDetails) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.userDetails = userDetails;
    }

    @GetMapping("/sign-in")
    String signIn() {
        return "accounts/sign-in";
    }

    @GetMapping("/sign-up")
    String signUp(Model model) {
        model.addAttribute("form", new SignUpForm("", "", "", ""));
        return "accounts/sign-up";
    }

    @PostMapping("/sign-up")
    String signUp(
            @ModelAttribute("form") SignUpForm form,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        try {
            var account = accounts.signUp(form.email(), form.displayName(), form.password(), form.timeZone());
            signInAs(account.email(), request, response);
            return "redirect:/onboarding";
        } catch (InvalidInputException e) {
            var errors = new LinkedHashMap<String, String>();
            e.problems().forEach(problem -> errors.putIfAbsent(problem.field(), problem.message()));
            model.addAttribute("errors", errors);
        } catch (EmailTakenException e) {
            model.addAttribute("errors", java.util.Map.of("email", "already has an account: sign in instead"));
        }
        // Keep what the person typed, but never send a password back.
        model.addAttribute("form", new SignUpForm(form.email(), form.displayName(), "", form.timeZone()));
        response.setStatus(422);
        return "accounts/sign-up";
    }

    /** Signs the new person in with a fresh session id, as a form sign-in would. */
    private void signInAs(String email, HttpServletRequest request, HttpServletResponse response) {
        var principal = userDetails.loadUserByUsername(email);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        request.getSession(true);
        request.changeSessionId();
        contexts.saveContext(context, request, response);
    }

    @GetMapping("/account")
    String account(@AuthenticationPrincipal AccountPrincipal me, Model model) {
        model.addAttribute("account", accounts.find(me.accountId()).orElseThrow());
        model.addAttribute("tokens", tokens.of(me.accountId()));
        return "accounts/account";
    }

    @PostMapping("/account/tokens")
    String createToken(
            @AuthenticationPrincipal AccountPrincipal me, @RequestParam String name, RedirectAttributes redirect) {
        try {
            var created = tokens.create(me.accountId(), name);
            redirect.addFlashAttribute("newToken", created);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("tokenError", e.problems().get(0).message());
        }
        return "redirect:/account";
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revokeToken(@AuthenticationPrincipal AccountPrincipal me, @PathVariable UUID id) {
        tokens.revoke(me.accountId(), id);
        return "redirect:/account";
    }

    @PostMapping("/account/time-zone")
    String timeZone(@AuthenticationPrincipal AccountPrincipal me, @RequestParam String timeZone) {
        accounts.changeTimeZone(me.accountId(), timeZone);
        return "redirect:/account";
    }
}
