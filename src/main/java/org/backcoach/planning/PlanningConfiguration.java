package org.backcoach.planning;

import org.backcoach.assessment.Assessor;
import org.backcoach.catalog.Catalog;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Makes the plain-Java engine available to the application. */
@Configuration(proxyBeanMethods = false)
class PlanningConfiguration {

    @Bean
    Assessor assessor() {
        return new Assessor();
    }

    @Bean
    Planner planner(Catalog catalog) {
        return new Planner(catalog);
    }
}
