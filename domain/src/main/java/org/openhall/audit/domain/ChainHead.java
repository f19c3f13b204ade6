package org.openhall.audit.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * The daily chain head (每日链头): the last record of the chain at the end of a day (Asia/Shanghai),
 * published so that anyone can later show that the trail up to that record was not rewritten.
 *
 * @param day          the day whose end the head marks
 * @param lastSequence the sequence of the last record written before the day ended
 * @param headHash     that record's hash
 * @param algorithm    the algorithm of that hash
 * @param computedAt   when the head was computed
 */
@ValueObject
public record ChainHead(LocalDate day, long lastSequence, String headHash, String algorithm, Instant computedAt) {

    public ChainHead {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(headHash, "headHash");
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(computedAt, "computedAt");
    }
}
