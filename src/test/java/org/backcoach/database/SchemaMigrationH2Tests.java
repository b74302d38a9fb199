package org.backcoach.database;

/** The migrations on the embedded H2 database. */
class SchemaMigrationH2Tests extends SchemaMigrationTests {

    @Override
    String expectedProduct() {
        return "H2";
    }
}
