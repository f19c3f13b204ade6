package org.openhall.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class ChainVerifierTest {

    private final AuditChain chain = new AuditChain(new Sha256Digest());

    private List<AuditRecord> chainOf(int length) {
        List<AuditRecord> records = new ArrayList<>();
        AuditRecord head = null;
        for (int i = 0; i < length; i++) {
            head = chain.append(head, AuditChainTest.entry("POST /api/v1/cases/" + i, "success"));
            records.add(head);
        }
        return records;
    }

    private static ChainVerification verify(List<AuditRecord> records) {
        ChainVerifier verifier = new ChainVerifier(List.of(new Sha256Digest()));
        records.forEach(verifier::accept);
        return verifier.result();
    }

    @Test
    void anIntactChainEndsInItsHead() {
        List<AuditRecord> records = chainOf(5);

        ChainVerification result = verify(records);

        assertThat(result.intact()).isTrue();
        assertThat(result.recordsChecked()).isEqualTo(5);
        assertThat(result.lastSequence()).isEqualTo(5);
        assertThat(result.headHash()).isEqualTo(records.getLast().hash());
        assertThat(verify(List.of()).headHash()).isEqualTo(AuditChain.GENESIS);
    }

    @Test
    void anAlteredRecordIsNamed() {
        List<AuditRecord> records = chainOf(5);
        AuditRecord third = records.get(2);
        AuditEntry e = third.entry();
        records.set(2, new AuditRecord(3, new AuditEntry(e.occurredAt(), e.offset(), "someone.else", e.sourceAddress(),
                e.action(), e.object(), e.result()), third.algorithm(), third.previousHash(), third.hash()));

        ChainVerification result = verify(records);

        assertThat(result.brokenAt()).isEqualTo(3);
        assertThat(result.reason()).isEqualTo(ChainBreak.CONTENT_ALTERED);
        assertThat(result.recordsChecked()).isEqualTo(2);
    }

    @Test
    void aRecordRehashedAfterAlterationBreaksTheNextLink() {
        List<AuditRecord> records = chainOf(5);
        AuditRecord third = records.get(2);
        AuditEntry forged = AuditChainTest.entry("POST /forged", "success");
        records.set(2, new AuditRecord(3, forged, third.algorithm(), third.previousHash(),
                chain.hashOf(3, forged, third.previousHash())));

        ChainVerification result = verify(records);

        assertThat(result.brokenAt()).isEqualTo(4);
        assertThat(result.reason()).isEqualTo(ChainBreak.LINK_BROKEN);
    }

    @Test
    void aRemovedRecordIsNamedAsTheGap() {
        List<AuditRecord> records = chainOf(5);
        records.remove(1);

        ChainVerification result = verify(records);

        assertThat(result.brokenAt()).isEqualTo(2);
        assertThat(result.reason()).isEqualTo(ChainBreak.GAP);
    }

    @Test
    void aRecordOfAnUnknownAlgorithmIsNamed() {
        List<AuditRecord> records = chainOf(2);
        AuditRecord second = records.get(1);
        records.set(1, new AuditRecord(2, second.entry(), "MD5", second.previousHash(), second.hash()));

        assertThat(verify(records).reason()).isEqualTo(ChainBreak.UNKNOWN_ALGORITHM);
    }
}
