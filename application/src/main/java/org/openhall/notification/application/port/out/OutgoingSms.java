package org.openhall.notification.application.port.out;

import java.util.Map;

/**
 * One message as a gateway needs it: the idempotency key (the notice id), the mobile number, the
 * rendered text (signature included) for gateways that take text, and signature, template key,
 * vendor template code and variables for gateways that fill approved templates themselves.
 */
public record OutgoingSms(String idempotencyKey, String mobile, String text, String signature, String templateKey,
        String vendorTemplateCode, Map<String, String> variables) {

    public OutgoingSms {
        variables = Map.copyOf(variables);
    }

    /** The text without the leading signature, for gateways that add the signature themselves. */
    public String textWithoutSignature() {
        return text.startsWith(signature) ? text.substring(signature.length()) : text;
    }

    /** Masked, so that the number never lands in a log by accident. */
    @Override
    public String toString() {
        return "OutgoingSms[" + idempotencyKey + " to " + mobile.substring(0, 3) + "****" + mobile.substring(7)
                + ", template " + templateKey + "]";
    }
}
