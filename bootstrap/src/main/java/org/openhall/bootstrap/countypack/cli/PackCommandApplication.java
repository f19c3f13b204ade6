package org.openhall.bootstrap.countypack.cli;

import java.util.LinkedHashMap;
import java.util.Map;

import org.openhall.OpenHallApplication;
import org.openhall.bootstrap.database.RunDatabase;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * OpenHall without its web side, for the {@code pack} commands: the application services, the
 * persistence adapters and the county pack import and export, on the same database as a normal
 * run. The driving web adapters are left out, and so is everything that serves HTTP.
 *
 * <p>Only in effect with {@value #SWITCH}{@code =true}, which the command line sets: the server's
 * own component scan finds this class too and must pass it by.
 */
@SpringBootConfiguration
@ConditionalOnProperty(name = PackCommandApplication.SWITCH, havingValue = "true")
@EnableAutoConfiguration(excludeName = {
        "org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration" })
// Spring Data repositories and entities live in the contexts' packages, not below this class.
@AutoConfigurationPackage(basePackages = "org.openhall")
@ComponentScan(basePackages = "org.openhall", excludeFilters = {
        @ComponentScan.Filter(type = FilterType.REGEX, pattern = "org\\.openhall\\..*\\.adapter\\.in\\..*"),
        @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE, classes = OpenHallApplication.class) })
public class PackCommandApplication {

    /** The property that switches this configuration on. */
    public static final String SWITCH = "openhall.pack-command";

    /**
     * Starts this configuration for a command-line tool (pack, audit, personal data): on the database
     * a normal run would use ({@link RunDatabase}), without a web server, banner or pack import,
     * quiet except for warnings, with {@code extra} properties on top.
     */
    public static ConfigurableApplicationContext startForCommand(Map<String, String> env,
            Map<String, Object> extra) {
        SpringApplication app = new SpringApplication(PackCommandApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setBannerMode(Banner.Mode.OFF);
        app.setLogStartupInfo(false);
        Map<String, Object> properties = new LinkedHashMap<>(RunDatabase.select(env));
        properties.put(SWITCH, "true");
        properties.put("openhall.county-pack.import-on-start", "false");
        properties.put("logging.level.root", "WARN");
        // Events a server left unfinished are the server's to finish, not a command's.
        properties.put("spring.modulith.events.republish-outstanding-events-on-restart", "false");
        properties.putAll(extra);
        app.setDefaultProperties(properties);
        return app.run();
    }

    /** The encoder the web side signs in with ({bcrypt} by default), for the passwords of new accounts. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
