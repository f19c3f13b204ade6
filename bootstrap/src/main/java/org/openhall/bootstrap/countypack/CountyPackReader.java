package org.openhall.bootstrap.countypack;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads a county pack folder ({@code classpath:} or {@code file:} location). Unknown fields are
 * errors: a misspelt key in a pack must not be silently ignored.
 */
public final class CountyPackReader {

    private final PathMatchingResourcePatternResolver resources = new PathMatchingResourcePatternResolver();
    private final YAMLMapper yaml = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    public CountyPack read(String location) {
        String base = location.endsWith("/") ? location : location + "/";
        CountyPack.Centre centre = parse(base + "centre.yaml", CountyPack.Centre.class);
        List<CountyPack.CalendarYearSpec> years = new ArrayList<>();
        for (Resource r : calendarFiles(base)) {
            years.add(parse(r, CountyPack.CalendarYearSpec.class));
        }
        years.sort(Comparator.comparingInt(CountyPack.CalendarYearSpec::year));
        CountyPack.Network network = parse(base + "network.yaml", CountyPack.Network.class);
        List<CountyPack.ItemSpec> items = parse(base + "items.yaml", CountyPack.ItemsFile.class).items();
        List<CountyPack.StaffSpec> staff = parse(base + "staff.yaml", CountyPack.StaffFile.class).staff();
        return new CountyPack(location, centre, List.copyOf(years), network, List.copyOf(items), List.copyOf(staff));
    }

    private List<Resource> calendarFiles(String base) {
        try {
            return Arrays.stream(resources.getResources(base + "calendar/*.yaml"))
                    .sorted(Comparator.comparing(Resource::getFilename)).toList();
        } catch (IOException e) {
            throw new CountyPackInvalid(base + "calendar/", "cannot list the calendar years: " + e.getMessage());
        }
    }

    private <T> T parse(String path, Class<T> type) {
        return parse(resources.getResource(path), type);
    }

    private <T> T parse(Resource resource, Class<T> type) {
        String name = resource.getDescription();
        if (!resource.exists()) {
            throw new CountyPackInvalid(name, "file is missing");
        }
        try (InputStream in = resource.getInputStream()) {
            return yaml.readValue(in, type);
        } catch (JacksonException e) {
            throw new CountyPackInvalid(name, e.getOriginalMessage() + " at " + e.getLocation());
        } catch (IOException e) {
            throw new CountyPackInvalid(name, e.getMessage());
        }
    }
}
