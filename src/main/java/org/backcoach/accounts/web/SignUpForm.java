package org.backcoach.accounts.web;

/** What the sign-up page and API take. */
record SignUpForm(String email, String displayName, String password, String timeZone) {}
