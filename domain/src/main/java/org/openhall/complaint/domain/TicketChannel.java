package org.openhall.complaint.domain;

/**
 * How a ticket (工单) reached the centre (受理渠道). The channel is kept with the ticket and with
 * every rating of it: figures are broken down by channel.
 */
public enum TicketChannel {
    /** 窗口: told to a clerk at a window. */
    WINDOW,
    /** 网站: filed on the public portal (or by an Open311 client). */
    PORTAL,
    /** 短信: sent by SMS. */
    SMS,
    /** 热线: a call to the centre's hotline, taken by an operator. */
    HOTLINE,
    /** 12345转办: transferred from the city's 12345 hotline centre with its own reference. */
    TRANSFER_12345
}
