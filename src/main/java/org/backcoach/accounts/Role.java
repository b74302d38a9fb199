package org.backcoach.accounts;

/** What a person may do: clients follow their own plan, coaches follow their clients, admins run the place. */
public enum Role {
    CLIENT,
    COACH,
    ADMIN
}
