package org.openhall.complaint.domain.rating;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

import org.jmolecules.ddd.annotation.ValueObject;
import org.openhall.complaint.domain.rating.problem.RatingCodeExpired;
import org.openhall.complaint.domain.rating.problem.RatingPhoneMismatch;
import org.openhall.shared.domain.InvalidValue;

/**
 * 评价邀请: a rating code bound to one service event and to the applicant's phone. Redeeming it needs the
 * code and either the whole phone number or its last four digits. What is stored: the code's hash and two
 * hashes of the phone keyed with the code — nothing that gives the code or the number back.
 *
 * @param codeHash  {@link RatingCode#hash()}
 * @param serviceId the {@link RatedService} it lets the holder rate
 * @param phoneHash the keyed hash of the whole phone number (digits only)
 * @param tailHash  the keyed hash of its last four digits
 * @param expiresAt after this instant the code no longer rates
 */
@ValueObject
public record RatingInvitation(String codeHash, UUID serviceId, String phoneHash, String tailHash, Instant issuedAt,
        Instant expiresAt) {

    private static final int TAIL = 4;

    public RatingInvitation {
        Objects.requireNonNull(codeHash, "codeHash");
        Objects.requireNonNull(serviceId, "serviceId");
        Objects.requireNonNull(phoneHash, "phoneHash");
        Objects.requireNonNull(tailHash, "tailHash");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /**
     * Binds {@code code} to {@code service} and {@code phone}; it expires {@code windowDays} calendar days
     * after {@code now} (the county's {@code rating.window.days}).
     */
    public static RatingInvitation issue(RatingCode code, RatedService service, String phone, Instant now,
            int windowDays) {
        String digits = digits(phone);
        if (digits.length() < TAIL + 1) {
            throw new InvalidValue("phone", "is not a phone number");
        }
        return new RatingInvitation(code.hash(), service.id(), code.keyedHash(digits),
                code.keyedHash("tail:" + digits.substring(digits.length() - TAIL)), now,
                now.plus(windowDays, ChronoUnit.DAYS));
    }

    /**
     * Checks that {@code code} (the one this invitation was issued with) may rate now and that {@code phone},
     * the whole number or its last four digits, is the bound one.
     */
    public void redeem(RatingCode code, String phone, Instant now) {
        if (!now.isBefore(expiresAt)) {
            throw new RatingCodeExpired(expiresAt);
        }
        String digits = digits(phone);
        boolean matches = digits.length() == TAIL ? code.keyedHash("tail:" + digits).equals(tailHash)
                : code.keyedHash(digits).equals(phoneHash);
        if (!matches) {
            throw new RatingPhoneMismatch();
        }
    }

    private static String digits(String phone) {
        String digits = phone == null ? "" : phone.replaceAll("[\\s-]", "");
        if (digits.startsWith("+86")) {
            digits = digits.substring(3);
        }
        if (!digits.matches("\\d{4,20}")) {
            throw new InvalidValue("phone", "must be the phone number or its last four digits");
        }
        return digits;
    }
}
