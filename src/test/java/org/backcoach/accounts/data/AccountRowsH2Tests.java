package org.backcoach.accounts.data;

/** {@link AccountRows} on the embedded H2 database. */
class AccountRowsH2Tests extends AccountRowsTests {}
