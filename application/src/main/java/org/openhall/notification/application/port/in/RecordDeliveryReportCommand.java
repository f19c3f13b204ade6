package org.openhall.notification.application.port.in;

/**
 * A delivery report (状态报告) from the gateway: the message it is about (by the gateway's message id,
 * or by our idempotency key when the gateway echoes it), delivered or not, and the carrier's status text.
 */
public record RecordDeliveryReportCommand(String messageId, String idempotencyKey, boolean delivered, String status) {
}
