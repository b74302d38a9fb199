package org.backcoach.accounts;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.backcoach.accounts.data.AccountRows;
import org.backcoach.shared.FieldProblem;
import org.backcoach.shared.InvalidInputException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Signing up and looking up accounts. Every sign-up is a {@link Role#CLIENT}. */
@Service
public class Accounts {

    public static final int MIN_PASSWORD_LENGTH = 12;
    public static final int MAX_PASSWORD_LENGTH = 200;
    public static final int MAX_NAME_LENGTH = 100;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final AccountRows rows;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    Accounts(AccountRows rows, PasswordEncoder passwordEncoder, Clock clock) {
        this.rows = rows;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    /**
     * @throws InvalidInputException naming each bad field
     * @throws EmailTakenException when the email already has an account
     */
    @Transactional
    public Account signUp(String email, String displayName, String password, String timeZone) {
        var problems = new ArrayList<FieldProblem>();
        var normalEmail = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (normalEmail.isEmpty()) {
            problems.add(new FieldProblem("email", "is required"));
        } else if (normalEmail.length() > 320 || !EMAIL.matcher(normalEmail).matches()) {
            problems.add(new FieldProblem("email", "doesn't look like an email address"));
        }
        var name = displayName == null ? "" : displayName.strip();
        if (name.isEmpty()) {
            problems.add(new FieldProblem("displayName", "is required: what should we call you?"));
        } else if (name.length() > MAX_NAME_LENGTH) {
            problems.add(new FieldProblem("displayName", "must be at most " + MAX_NAME_LENGTH + " characters"));
        }
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            problems.add(new FieldProblem("password", "must be at least " + MIN_PASSWORD_LENGTH + " characters"));
        } else if (password.length() > MAX_PASSWORD_LENGTH) {
            problems.add(new FieldProblem("password", "must be at most " + MAX_PASSWORD_LENGTH + " characters"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (rows.emailExists(normalEmail)) {
            throw new EmailTakenException();
        }
        var account = new Account(UUID.randomUUID(), normalEmail, name, Role.CLIENT, zone(timeZone), clock.instant());
        try {
            rows.insert(account, passwordEncoder.encode(password));
        } catch (DuplicateKeyException e) {
            throw new EmailTakenException();
        }
        return account;
    }

    public Optional<Account> find(UUID id) {
        return rows.find(id);
    }

    public void changeTimeZone(UUID id, String timeZone) {
        rows.updateTimeZone(id, zone(timeZone));
    }

    /** The browser's time zone when it sent a valid one, otherwise UTC. */
    static ZoneId zone(String timeZone) {
        try {
            return timeZone == null || timeZone.isBlank() ? ZoneId.of("UTC") : ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            return ZoneId.of("UTC");
        }
    }
}
