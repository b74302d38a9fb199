package org.backcoach.catalog;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CatalogConfiguration {

    /** Loaded once at start-up; an invalid catalogue stops the application with a message naming the fault. */
    @Bean
    Catalog catalog() {
        return CatalogLoader.loadDefault();
    }
}
