package org.backcoach.accounts.data;

import org.backcoach.database.OnPostgres;

/** {@link AccessTokenRows} on PostgreSQL. */
@OnPostgres
class AccessTokenRowsPostgresTests extends AccessTokenRowsTests {}
