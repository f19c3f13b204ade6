package org.openhall.supervision.adapter.in.web;

/** A department's reply (回告) to an order. */
public record ReplyRequest(String reply) {
}
