package org.backcoach.coaching.data;

/** {@link PlanRows} on the embedded H2 database. */
class PlanRowsH2Tests extends PlanRowsTests {}
