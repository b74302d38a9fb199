package org.backcoach.accounts.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.Map;
import org.backcoach.accounts.AccessTokens;
import org.backcoach.accounts.AccountPrincipal;
import org.backcoach.accounts.Accounts;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Accounts", description = "Sign up and get a personal access token")
class AccountApiController {

    private final Accounts accounts;
    private final AccessTokens tokens;

    AccountApiController(Accounts accounts, AccessTokens tokens) {
        this.accounts = accounts;
        this.tokens = tokens;
    }

    /** The account as the API shows it. */
    record AccountView(String id, String email, String displayName, String role) {}

    @Operation(summary = "Create an account (a client)")
    @PostMapping("/api/v1/accounts")
    ResponseEntity<AccountView> signUp(@RequestBody SignUpForm form) {
        var account = accounts.signUp(form.email(), form.displayName(), form.password(), form.timeZone());
        return ResponseEntity.created(URI.create("/api/v1/me"))
                .body(new AccountView(
                        account.id().toString(),
                        account.email(),
                        account.displayName(),
                        account.role().name()));
    }

    @Operation(
            summary = "Create a personal access token",
            description = "Authenticate with HTTP Basic (email and password). The token is shown only once.",
            security = @SecurityRequirement(name = "basic"))
    @PostMapping("/api/v1/tokens")
    ResponseEntity<Map<String, String>> createToken(
            @AuthenticationPrincipal AccountPrincipal me, @RequestBody(required = false) Map<String, String> body) {
        var name = body == null || body.get("name") == null ? "API" : body.get("name");
        var created = tokens.create(me.accountId(), name);
        return ResponseEntity.status(201)
                .body(Map.of(
                        "token",
                        created.secret(),
                        "name",
                        created.token().name(),
                        "id",
                        created.token().id().toString()));
    }
}
