package org.openhall.supervision.application.port.in;

/** The department's reply (回告) to an order. */
public record ReplyToOrderCommand(String orderId, String reply) {
}
