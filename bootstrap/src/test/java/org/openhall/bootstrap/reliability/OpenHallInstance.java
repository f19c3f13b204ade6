package org.openhall.bootstrap.reliability;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.openhall.OpenHallApplication;
import org.openhall.bootstrap.DemoSignIn;
import org.openhall.bootstrap.OpenHallIT;
import org.openhall.bootstrap.OpenHallIT.Reply;
import org.openhall.shared.domain.time.SettableClock;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One OpenHall process for tests that need several of them, or one that dies and another that
 * takes over: the whole application on a real port, with its own settable clock, on the database
 * it is given. Test configurations of other test classes are left out of its component scan.
 */
final class OpenHallInstance implements AutoCloseable, DemoClerk {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final ConfigurableApplicationContext context;
    private final int port;
    private final DemoSignIn signIn;

    private OpenHallInstance(ConfigurableApplicationContext context) {
        this.context = context;
        this.port = Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
        // Staff sign in as they do in OpenHallIT: password plus the code at this instance's clock.
        this.signIn = new DemoSignIn(HTTP, context.getBean(SettableClock.class),
                context.getEnvironment().getRequiredProperty("spring.datasource.url"));
    }

    /**
     * Starts an instance on {@code jdbcUrl}; {@code properties} override the application's and the
     * tests' defaults (scheduled jobs off: the tests trigger them), {@code configurations} add beans.
     */
    static OpenHallInstance start(String jdbcUrl, String username, String password, Map<String, String> properties,
            Class<?>... configurations) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("server.port", "0");
        all.put("spring.datasource.url", jdbcUrl);
        all.put("spring.datasource.username", username);
        all.put("spring.datasource.password", password);
        all.put("openhall.cases.deemed-acceptance.enabled", "false");
        all.put("openhall.sms.dispatcher.enabled", "false");
        all.put("openhall.supervision.sweep.enabled", "false");
        // A feed event not taken goes out again at the relay's next round: soon.
        all.put("openhall.supervision-feed.relay.interval", "PT0.5S");
        all.put("spring.jmx.enabled", "false");
        all.putAll(properties);
        List<String> args = new ArrayList<>();
        all.forEach((k, v) -> args.add("--" + k + "=" + v));
        List<Class<?>> sources = new ArrayList<>(List.of(OpenHallApplication.class, OpenHallIT.TestClock.class));
        sources.addAll(List.of(configurations));
        ConfigurableApplicationContext context = new SpringApplicationBuilder(sources.toArray(Class[]::new))
                .initializers(c -> c.getBeanFactory().registerSingleton("otherTestClassesExcluded",
                        new OtherTestClassesExcluded()))
                .run(args.toArray(String[]::new));
        return new OpenHallInstance(context);
    }

    ConfigurableApplicationContext context() {
        return context;
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    JdbcTemplate jdbc() {
        return context.getBean(JdbcTemplate.class);
    }

    void today(String isoLocalDateTime) {
        context.getBean(SettableClock.class).set(LocalDateTime.parse(isoLocalDateTime));
    }

    @Override
    public Reply post(String user, String path, String json) {
        return send(user, "POST", path, json);
    }

    Reply get(String user, String path) {
        return send(user, "GET", path, null);
    }

    Reply send(String user, String method, String path, String json) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(60))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        if (user != null) {
            b.header("Authorization", "Bearer " + signIn.tokenFor(user, port));
        }
        try {
            HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(),
                    r.headers().firstValue("Cache-Control").orElse(""));
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " got no answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        context.close();
    }

    /**
     * Leaves out the configurations nested in test classes (e.g. one that makes a port fail on
     * purpose): the component scan of a plain application run would otherwise pick them up.
     */
    static final class OtherTestClassesExcluded extends TypeExcludeFilter {

        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
            String name = reader.getClassMetadata().getClassName();
            return name.contains("IT$") || name.contains("Test$");
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof OtherTestClassesExcluded;
        }

        @Override
        public int hashCode() {
            return OtherTestClassesExcluded.class.hashCode();
        }
    }
}
