package org.openhall.complaint.adapter.in.telephony.fastagi;

/** The caller hung up (or Asterisk went away): the script stops where it is. */
final class AgiHangup extends RuntimeException {

    AgiHangup(String reason) {
        super(reason, null, false, false);
    }
}
