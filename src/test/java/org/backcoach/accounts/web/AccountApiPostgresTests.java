package org.backcoach.accounts.web;

import org.backcoach.database.OnPostgres;

/** The account API on PostgreSQL. */
@OnPostgres
class AccountApiPostgresTests extends AccountApiTests {}
