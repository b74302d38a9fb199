package org.backcoach.coaching.data;

import org.backcoach.database.OnPostgres;

/** {@link PlanRows} on PostgreSQL. */
@OnPostgres
class PlanRowsPostgresTests extends PlanRowsTests {}
