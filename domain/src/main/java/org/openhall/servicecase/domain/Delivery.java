package org.openhall.servicecase.domain;

import java.time.LocalDate;

import org.jmolecules.ddd.annotation.ValueObject;
import org.openhall.catalog.domain.DeliveryMethod;
import org.openhall.shared.domain.InvalidValue;

/**
 * 送达: how the certificate reached the applicant — picked up at the window by the applicant or a
 * person they authorised, after the identity card was checked; or sent by mail with the carrier's
 * tracking number.
 *
 * @param collectedBy    who collected it (pickup only)
 * @param idChecked      whether the collector's identity document was checked (pickup only; must be)
 * @param byApplicant    whether the applicant collected it in person rather than an authorised person
 * @param carrier        the postal carrier (mail only), e.g. 中国邮政EMS
 * @param trackingNumber the carrier's tracking number (mail only)
 */
@ValueObject
public record Delivery(DeliveryMethod method, LocalDate deliveredOn, String recordedBy, String collectedBy,
        boolean idChecked, boolean byApplicant, String carrier, String trackingNumber) {

    public Delivery {
        Texts.given("method", method);
        Texts.given("deliveredOn", deliveredOn);
        if (method == DeliveryMethod.PICKUP) {
            collectedBy = Texts.required("collectedBy", collectedBy);
            if (!idChecked) {
                // Handing a licence to someone whose identity nobody checked is handing it to anyone.
                throw new InvalidValue("idChecked", "the collector's identity document must be checked");
            }
            if (carrier != null || trackingNumber != null) {
                throw new InvalidValue("carrier", "a pickup has no carrier");
            }
        } else {
            carrier = Texts.required("carrier", carrier);
            trackingNumber = Texts.required("trackingNumber", trackingNumber);
            if (collectedBy != null) {
                throw new InvalidValue("collectedBy", "mail is not collected at the window");
            }
        }
    }

    public static Delivery pickup(LocalDate on, String recordedBy, String collectedBy, boolean idChecked,
            boolean byApplicant) {
        return new Delivery(DeliveryMethod.PICKUP, on, recordedBy, collectedBy, idChecked, byApplicant, null, null);
    }

    public static Delivery mail(LocalDate on, String recordedBy, String carrier, String trackingNumber) {
        return new Delivery(DeliveryMethod.MAIL, on, recordedBy, null, false, false, carrier, trackingNumber);
    }
}
