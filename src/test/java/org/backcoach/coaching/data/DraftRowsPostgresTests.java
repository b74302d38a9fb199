package org.backcoach.coaching.data;

import org.backcoach.database.OnPostgres;

/** {@link DraftRows} on PostgreSQL. */
@OnPostgres
class DraftRowsPostgresTests extends DraftRowsTests {}
