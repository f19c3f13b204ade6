package org.openhall.disclosure.adapter.out.persistence;

import java.time.LocalDate;

import org.openhall.disclosure.domain.request.DeliveryMode;
import org.openhall.disclosure.domain.request.ExcessiveHandling;
import org.openhall.disclosure.domain.request.ReplyType;
import org.openhall.disclosure.domain.request.WithholdingGround;

/** A reply's content, embedded in the request row under a prefix. */
record ReplyRow(ReplyType type, String whereToFind, DeliveryMode delivery, String arrangement,
        WithholdingGround withholdingGround, String reasons, String legalBasis, String competentAgency,
        String competentAgencyContact, String earlierReply, String specialProcedure,
        ExcessiveHandling excessiveHandling, LocalDate deferredUntil) {
}
