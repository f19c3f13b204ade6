package org.openhall.supervision.adapter.out.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

/** The demo transport shows the feed going by in the log: a line per event, the whole CloudEvent on request. */
class LogSupervisionFeedAdapterTest {

    private final Logger feedLog = (Logger) LoggerFactory.getLogger("org.openhall.supervision.feed");
    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();
    private final CloudEventsJson cloudEvents = new CloudEventsJson(URI.create("urn:openhall:centre:test"));
    private Level levelBefore;

    @BeforeEach
    void capture() {
        levelBefore = feedLog.getLevel();
        lines.start();
        feedLog.addAppender(lines);
    }

    @AfterEach
    void release() {
        feedLog.detachAppender(lines);
        feedLog.setLevel(levelBefore);
    }

    @Test
    void atInfoEachEventIsOneLineWithItsIdTypeAndCaseNumber() {
        feedLog.setLevel(Level.INFO);

        new LogSupervisionFeedAdapter(cloudEvents, false).send(FeedEvents.accepted());

        assertThat(lines.list).singleElement().satisfies(line -> {
            assertThat(line.getLevel()).isEqualTo(Level.INFO);
            assertThat(line.getFormattedMessage()).isEqualTo("case:c:1 cn.gov.openhall.case.accepted N-1");
        });
    }

    @Test
    void atDebugTheWholeCloudEventIsWritten() {
        feedLog.setLevel(Level.DEBUG);

        new LogSupervisionFeedAdapter(cloudEvents, false).send(FeedEvents.accepted());

        assertThat(lines.list).singleElement().extracting(ILoggingEvent::getFormattedMessage)
                .isEqualTo(cloudEvents.write(FeedEvents.accepted()));
    }

    @Test
    void transportNoneWritesNothing() {
        feedLog.setLevel(Level.DEBUG);

        new LogSupervisionFeedAdapter(cloudEvents, true).send(FeedEvents.accepted());

        assertThat(lines.list).isEmpty();
    }
}
