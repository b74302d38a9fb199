package org.backcoach.coaching.data;

/** {@link DraftRows} on the embedded H2 database. */
class DraftRowsH2Tests extends DraftRowsTests {}
