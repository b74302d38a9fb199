package org.backcoach.accounts.data;

/** {@link AccessTokenRows} on the embedded H2 database. */
class AccessTokenRowsH2Tests extends AccessTokenRowsTests {}
