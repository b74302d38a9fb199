package org.backcoach.accounts.data;

import org.backcoach.database.OnPostgres;

/** {@link AccountRows} on PostgreSQL. */
@OnPostgres
class AccountRowsPostgresTests extends AccountRowsTests {}
