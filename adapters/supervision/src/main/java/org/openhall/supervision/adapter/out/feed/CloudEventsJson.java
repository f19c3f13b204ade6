package org.openhall.supervision.adapter.out.feed;

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

import org.openhall.supervision.application.port.out.SupervisionFeedData;
import org.openhall.supervision.application.port.out.SupervisionFeedEvent;

import com.fasterxml.jackson.annotation.JsonInclude;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A feed event as a CloudEvents 1.0 event in structured mode ({@code application/cloudevents+json}):
 * the attributes and the data in one JSON object. The data follows the schema
 * {@code supervision-feed/supervision-feed-event.schema.json} shipped beside this class's module.
 */
public final class CloudEventsJson {

    public static final String MEDIA_TYPE = "application/cloudevents+json";
    public static final String SCHEMA_RESOURCE = "supervision-feed/supervision-feed-event.schema.json";
    static final String DATA_SCHEMA = "https://openhall.org/schemas/supervision-feed-event/1.0";

    private static final DateTimeFormatter RFC_3339 = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSXXX");

    private final JsonMapper json = JsonMapper.builder()
            .changeDefaultPropertyInclusion(incl -> incl.withValueInclusion(JsonInclude.Include.NON_NULL)
                    .withContentInclusion(JsonInclude.Include.NON_NULL))
            // Amounts are yuan with fen: read back exactly as written.
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();
    private final URI source;

    public CloudEventsJson(URI source) {
        this.source = source;
    }

    /** The event as the receiver gets it. */
    public String write(SupervisionFeedEvent event) {
        Map<String, Object> cloudEvent = new LinkedHashMap<>();
        cloudEvent.put("specversion", "1.0");
        cloudEvent.put("id", event.id());
        cloudEvent.put("source", source.toString());
        cloudEvent.put("type", event.type());
        if (event.subject() != null) {
            cloudEvent.put("subject", event.subject());
        }
        cloudEvent.put("time", RFC_3339.format(event.time()));
        cloudEvent.put("datacontenttype", "application/json");
        cloudEvent.put("dataschema", DATA_SCHEMA);
        if (event.sequence() != null) {
            // The CloudEvents sequence extension: the case's transition number, for ordering per case.
            cloudEvent.put("sequence", String.valueOf(event.sequence()));
        }
        cloudEvent.put("caseid", event.caseId());
        cloudEvent.put("data", event.data());
        return json.writeValueAsString(cloudEvent);
    }

    /** Reads back what {@link #write} wrote (the feed log keeps events in this form). */
    public SupervisionFeedEvent read(String text) {
        JsonNode node = json.readTree(text);
        JsonNode sequence = node.path("sequence");
        return new SupervisionFeedEvent(node.path("id").asString(), node.path("type").asString(),
                node.path("subject").isMissingNode() ? null : node.path("subject").asString(),
                OffsetDateTime.parse(node.path("time").asString()), node.path("caseid").asString(),
                sequence.isMissingNode() ? null : Integer.valueOf(sequence.asString()),
                json.treeToValue(node.path("data"), SupervisionFeedData.class));
    }
}
