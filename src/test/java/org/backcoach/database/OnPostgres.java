package org.backcoach.database;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfiguration;

/**
 * Runs a Spring test class against the embedded PostgreSQL of {@link EmbeddedPostgresServer} instead of
 * the in-memory H2 of the {@code test} profile. Put it on the PostgreSQL twin of a test class; the
 * context is cached like any other, so all such classes share one context per configuration.
 *
 * <p>If PostgreSQL cannot start, the classes fail when the environment variable {@code CI} is
 * {@code true}, and are skipped, saying why, elsewhere (say, on a machine the binaries do not support).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ContextConfiguration(initializers = OnPostgres.Initializer.class)
@ExtendWith(OnPostgres.Availability.class)
public @interface OnPostgres {

    /** Points the datasource at the embedded PostgreSQL. */
    class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            var database = EmbeddedPostgresServer.database();
            TestPropertyValues.of(
                            "spring.datasource.url=" + database.url(),
                            "spring.datasource.username=" + database.username(),
                            "spring.datasource.password=" + database.password())
                    .applyTo(context);
        }
    }

    /** Starts the server before Spring does, so that a server that cannot start fails or skips clearly. */
    class Availability implements ExecutionCondition {

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            try {
                EmbeddedPostgresServer.database();
                return ConditionEvaluationResult.enabled("the embedded PostgreSQL is running");
            } catch (IllegalStateException e) {
                if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                    throw e;
                }
                return ConditionEvaluationResult.disabled(e.getMessage() + " (skipped, as CI is not true)");
            }
        }
    }
}
