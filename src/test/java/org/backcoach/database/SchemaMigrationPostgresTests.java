package org.backcoach.database;

/** The migrations on PostgreSQL, run by an ordinary user that owns the database, as in production. */
@OnPostgres
class SchemaMigrationPostgresTests extends SchemaMigrationTests {

    @Override
    String expectedProduct() {
        return "PostgreSQL";
    }
}
