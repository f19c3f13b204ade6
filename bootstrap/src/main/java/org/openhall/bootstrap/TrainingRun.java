package org.openhall.bootstrap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Ends the training run of the JDK's start-up cache ({@code bin/openhall}) as soon as the application
 * has started: the JVM has then loaded and linked what a start needs. It exits the ordinary way, so
 * the shutdown hooks run — among them the one that stops the bundled PostgreSQL server. Spring's own
 * {@code spring.context.exit=onRefresh} halts the JVM without running them and left that server
 * running, holding the data directory the real start then needs.
 */
@Component
@ConditionalOnBooleanProperty("openhall.training-run")
@Order(Ordered.HIGHEST_PRECEDENCE)
class TrainingRun implements ApplicationListener<ApplicationStartedEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(TrainingRun.class);

    @Override
    public void onApplicationEvent(ApplicationStartedEvent event) {
        LOG.info("Training run: started, exiting");
        System.exit(SpringApplication.exit(event.getApplicationContext()));
    }
}
