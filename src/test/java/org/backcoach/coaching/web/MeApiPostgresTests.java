package org.backcoach.coaching.web;

import org.backcoach.database.OnPostgres;

/** The personal API on PostgreSQL. */
@OnPostgres
class MeApiPostgresTests extends MeApiTests {}
