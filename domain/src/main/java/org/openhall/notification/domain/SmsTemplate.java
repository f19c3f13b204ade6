package org.openhall.notification.domain;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jmolecules.ddd.annotation.ValueObject;
import org.openhall.notification.domain.problem.MessageTooLong;
import org.openhall.notification.domain.problem.TemplateNotApproved;
import org.openhall.notification.domain.problem.TemplateVariableMissing;
import org.openhall.notification.domain.problem.VariableValueNotAllowed;
import org.openhall.shared.domain.InvalidValue;

/**
 * An SMS template (短信模板) of the county pack: its key, its text with named variables
 * ({@code {itemName}}), the approved signature (短信签名, e.g. 【合山市政务服务中心】) and whether
 * the carrier has approved it (模板报备). Carriers deliver only approved wording under an approved
 * signature, so an unapproved template cannot be rendered at all.
 *
 * @param vendorCode the gateway's own code for the template (cloud gateways' TemplateCode), or null
 */
@ValueObject
public record SmsTemplate(String key, String text, String signature, boolean approved, MessageKind kind,
        String vendorCode) {

    private static final Pattern VARIABLE = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");
    private static final Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern SIGNATURE = Pattern.compile("【[^【】]{2,16}】");

    public SmsTemplate {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new InvalidValue("template.key", "must be lower-case kebab words, e.g. case-accepted");
        }
        if (text == null || text.isBlank()) {
            throw new InvalidValue("template.text", "must not be blank");
        }
        if (signature == null || !SIGNATURE.matcher(signature).matches()) {
            throw new InvalidValue("template.signature", "must be 2 to 16 characters in 【】");
        }
        if (kind == null) {
            throw new InvalidValue("template.kind", "must be SERVICE or NON_SERVICE");
        }
        vendorCode = vendorCode == null || vendorCode.isBlank() ? null : vendorCode.strip();
    }

    /** The variable names the text uses, in order of first appearance. */
    public Set<String> variables() {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = VARIABLE.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /**
     * Fills in the variables and puts the signature in front (as carriers show it).
     *
     * @throws TemplateNotApproved when the carrier has not approved the template
     * @throws TemplateVariableMissing when a variable the text uses is not supplied
     * @throws VariableValueNotAllowed when a value looks like a link, an identity or phone number
     * @throws MessageTooLong when the message needs more segments than {@code budget} allows
     */
    public RenderedSms render(Map<String, String> values, SegmentBudget budget) {
        if (!approved) {
            throw new TemplateNotApproved(key);
        }
        for (String name : variables()) {
            String value = values.get(name);
            if (value == null || value.isBlank()) {
                throw new TemplateVariableMissing(key, name);
            }
            VariableGuard.forbiddenKind(value).ifPresent(kindOfValue -> {
                throw new VariableValueNotAllowed(key, name, kindOfValue);
            });
        }
        Matcher m = VARIABLE.matcher(text);
        StringBuilder body = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(body, Matcher.quoteReplacement(values.get(m.group(1)).strip()));
        }
        m.appendTail(body);
        String message = signature + body;
        int segments = SegmentBudget.segmentsFor(message.length());
        if (!budget.allows(message.length())) {
            throw new MessageTooLong(key, message.length(), segments, budget.maxSegments());
        }
        return new RenderedSms(message, segments);
    }
}
