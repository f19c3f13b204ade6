package org.openhall.notification.application.service;

import java.util.Optional;

import org.openhall.notification.domain.MessageKind;
import org.openhall.notification.domain.SegmentBudget;
import org.openhall.notification.domain.SmsTemplate;
import org.openhall.shared.application.port.in.CountyParameters;

/**
 * The county pack's SMS settings, read through {@link CountyParameters} each time (a re-imported pack
 * applies at once):
 * <ul>
 * <li>{@code sms.signature} — the approved signature, e.g. 【合山市政务服务中心】;</li>
 * <li>{@code sms.template.<key>} — the text; {@code sms.template-approved.<key>: "true"} once the
 *     carrier approved it (absent: not approved, never sent); {@code sms.template-kind.<key>}
 *     {@code service} or {@code non-service} (absent: non-service, so an opt-out is respected);
 *     {@code sms.template-code.<key>} — the cloud gateway's template code;</li>
 * <li>{@code sms.max-segments} (default 3) and {@code sms.daily-limit-per-number} (default 50,
 *     notices per number, template and day).</li>
 * </ul>
 */
public final class SmsTemplateCatalog {

    static final int DEFAULT_MAX_SEGMENTS = 3;
    static final int DEFAULT_DAILY_LIMIT = 50;

    private final CountyParameters parameters;

    public SmsTemplateCatalog(CountyParameters parameters) {
        this.parameters = parameters;
    }

    /** The template {@code key}, or empty when the county has none (or no signature). */
    public Optional<SmsTemplate> template(String key) {
        Optional<String> text = parameters.get("sms.template." + key);
        Optional<String> signature = parameters.get("sms.signature");
        if (text.isEmpty() || signature.isEmpty()) {
            return Optional.empty();
        }
        boolean approved = parameters.get("sms.template-approved." + key).map(v -> v.strip().equalsIgnoreCase("true"))
                .orElse(false);
        MessageKind kind = parameters.get("sms.template-kind." + key)
                .map(v -> v.strip().equalsIgnoreCase("service") ? MessageKind.SERVICE : MessageKind.NON_SERVICE)
                .orElse(MessageKind.NON_SERVICE);
        return Optional.of(new SmsTemplate(key, text.get(), signature.get().strip(), approved, kind,
                parameters.get("sms.template-code." + key).orElse(null)));
    }

    public String signature() {
        return parameters.get("sms.signature").map(String::strip).orElse("");
    }

    public SegmentBudget budget() {
        return new SegmentBudget(number("sms.max-segments", DEFAULT_MAX_SEGMENTS));
    }

    public int dailyLimitPerNumber() {
        return number("sms.daily-limit-per-number", DEFAULT_DAILY_LIMIT);
    }

    private int number(String key, int fallback) {
        return parameters.get(key).map(String::strip).filter(v -> v.matches("\\d{1,4}")).map(Integer::parseInt)
                .filter(n -> n > 0).orElse(fallback);
    }
}
