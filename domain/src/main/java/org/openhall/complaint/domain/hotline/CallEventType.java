package org.openhall.complaint.domain.hotline;

/**
 * What a call-centre system (CTI, 计算机电话集成) reports about a call. These three are what every
 * CTI — Asterisk's AMI, FreeSWITCH's event socket, a vendor's webhook — can tell, so they are the
 * whole vocabulary OpenHall asks of one.
 */
public enum CallEventType {
    /** 来电振铃: the call arrived. */
    RINGING,
    /** 坐席接听: an operator (坐席) picked it up. */
    ANSWERED,
    /** 挂机: either side hung up. */
    HUNG_UP
}
