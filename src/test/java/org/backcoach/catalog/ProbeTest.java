package org.backcoach.catalog;

import org.junit.jupiter.api.Test;

class ProbeTest {
    @Test
    void probe() {
        try {
            CatalogLoader.loadDefault();
        } catch (InvalidCatalogException e) {
            System.out.println("PROBLEMS " + e.problems().size());
            e.problems().stream().limit(5).forEach(System.out::println);
        }
        var data = org.springframework.boot.context.properties.bind.Binder.get(
                new org.springframework.core.env.StandardEnvironment());
    }
}
