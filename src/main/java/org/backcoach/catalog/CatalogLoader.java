package org.backcoach.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.handler.IgnoreTopLevelConverterNotFoundBindHandler;
import org.springframework.boot.context.properties.bind.handler.NoUnboundElementsBindHandler;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;

/**
 * Reads the catalogue from YAML and binds it to typed records. Works without an application context,
 * so the engine's tests load the real catalogue in milliseconds; a key that binds to nothing (a typo)
 * fails as loudly as a missing exercise.
 */
public final class CatalogLoader {

    public static final String PREFIX = "catalog";
    private static final List<String> DEFAULT_FILES = List.of("catalog/exercises.yaml", "catalog/program.yaml");

    private CatalogLoader() {}

    /** The catalogue that ships with BackCoach. */
    public static Catalog loadDefault() {
        return load(DEFAULT_FILES.stream().<Resource>map(ClassPathResource::new).toList());
    }

    public static Catalog load(List<Resource> resources) {
        var sources = new ArrayList<ConfigurationPropertySource>();
        for (var resource : resources) {
            for (var source : read(resource)) {
                ConfigurationPropertySources.from(source).forEach(sources::add);
            }
        }
        var handler = new NoUnboundElementsBindHandler(new IgnoreTopLevelConverterNotFoundBindHandler());
        var data = new Binder(sources)
                .bind(PREFIX, Bindable.of(CatalogData.class), handler)
                .orElseThrow(() -> new InvalidCatalogException(List.of("no '" + PREFIX + "' data found")));
        return new Catalog(data.exercises(), data.program());
    }

    private static List<PropertySource<?>> read(Resource resource) {
        try {
            return new YamlPropertySourceLoader().load(resource.getDescription(), resource);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource.getDescription(), e);
        }
    }

    /** The YAML's shape: the exercises and the program templates. */
    @ConfigurationProperties(PREFIX)
    record CatalogData(List<Exercise> exercises, Program program) {}
}
