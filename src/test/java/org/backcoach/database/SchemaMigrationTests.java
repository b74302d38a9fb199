package org.backcoach.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every Flyway migration under {@code db/migration} runs on the database at start-up, and the history
 * says so. Runs on both databases: {@link SchemaMigrationH2Tests} and {@link SchemaMigrationPostgresTests}.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
abstract class SchemaMigrationTests {

    private static final Pattern VERSIONED = Pattern.compile("V([0-9._]+)__.+\\.sql");

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Flyway flyway;

    /** The database product name that JDBC reports for this database. */
    abstract String expectedProduct();

    @Test
    void runsOnTheIntendedDatabase() throws SQLException {
        try (var connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo(expectedProduct());
        }
    }

    @Test
    void everyMigrationFileIsAppliedSuccessfully() throws IOException {
        var files = Arrays.stream(
                        new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/*.sql"))
                .map(Resource::getFilename)
                .map(VERSIONED::matcher)
                .filter(java.util.regex.Matcher::matches)
                .map(m -> m.group(1).replace('_', '.'))
                .toList();
        assertThat(files).as("migration files").contains("1", "2");

        // Quoted lower-case names: Flyway creates the table that way on H2 and PostgreSQL alike.
        var applied = jdbc.sql(
                        "select \"version\" from \"flyway_schema_history\" where \"success\" and \"version\" is not null")
                .query(String.class)
                .list();
        var failed = jdbc.sql("select count(*) from \"flyway_schema_history\" where not \"success\"")
                .query(Integer.class)
                .single();

        assertThat(applied).containsExactlyInAnyOrderElementsOf(files);
        assertThat(failed).isZero();
        assertThat(flyway.info().pending()).isEmpty();
    }

    @Test
    void theSchemaHasEveryTableTheRepositoriesUse() {
        for (var table :
                new String[] {"account", "access_token", "onboarding_draft", "intake_record", "plan_version"}) {
            assertThat(jdbc.sql("select count(*) from " + table)
                            .query(Long.class)
                            .single())
                    .as(table)
                    .isNotNegative();
        }
    }
}
