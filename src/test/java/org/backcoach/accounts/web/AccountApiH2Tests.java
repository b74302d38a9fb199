package org.backcoach.accounts.web;

/** The account API on the embedded H2 database (the {@code test} profile's in-memory one). */
class AccountApiH2Tests extends AccountApiTests {}
