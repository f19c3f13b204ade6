package org.openhall.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openhall.shared.domain.InvalidValue;

class AuditChainTest {

    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

    private final AuditChain chain = new AuditChain(new Sha256Digest());

    static AuditEntry entry(String action, String result) {
        return new AuditEntry(Instant.parse("2026-03-02T02:15:30.123456789Z"), CHINA, "clerk.scjg", "10.0.0.7",
                action, "id=42", result);
    }

    @Test
    void theCanonicalFormIsLengthPrefixedUtf8InAFixedOrderWithUtcMicroseconds() {
        AuditEntry entry = new AuditEntry(Instant.parse("2026-03-02T02:15:30.1234567Z"), CHINA, "李明", "10.0.0.7",
                "POST /api/v1/cases/{id}/acceptance", "id=42", "success");

        String form = new String(CanonicalForm.of(7, entry, "SHA-256", AuditChain.GENESIS), StandardCharsets.UTF_8);

        assertThat(form).isEqualTo("16:openhall-audit-1\n7:SHA-256\n1:7\n27:2026-03-02T02:15:30.123456Z\n"
                + "6:+08:00\n6:李明\n8:10.0.0.7\n34:POST /api/v1/cases/{id}/acceptance\n5:id=42\n7:success\n64:"
                + AuditChain.GENESIS + "\n");
    }

    @Test
    void theFirstRecordFollowsTheGenesisAndEachNextCarriesItsPredecessorsHash() {
        AuditRecord first = chain.append(null, entry("POST /api/v1/cases", "success"));
        AuditRecord second = chain.append(first, entry("POST /api/v1/cases/{id}/acceptance", "success"));

        assertThat(first.sequence()).isEqualTo(1);
        assertThat(first.previousHash()).isEqualTo(AuditChain.GENESIS);
        assertThat(second.sequence()).isEqualTo(2);
        assertThat(second.previousHash()).isEqualTo(first.hash());
        assertThat(first.hash()).isEqualTo(HexFormat.of().formatHex(new Sha256Digest()
                .digest(CanonicalForm.of(1, first.entry(), "SHA-256", AuditChain.GENESIS))));
        assertThat(second.algorithm()).isEqualTo("SHA-256");
    }

    @Test
    void theHashDependsOnEveryFieldAndOnThePlaceInTheChain() {
        AuditEntry e = entry("POST /x", "success");
        String hash = chain.hashOf(3, e, AuditChain.GENESIS);

        assertThat(List.of(chain.hashOf(4, e, AuditChain.GENESIS),
                chain.hashOf(3, entry("POST /x", "case.not-found"), AuditChain.GENESIS),
                chain.hashOf(3, new AuditEntry(e.occurredAt(), ZoneOffset.UTC, e.actor(), e.sourceAddress(), e.action(),
                        e.object(), e.result()), AuditChain.GENESIS),
                chain.hashOf(3, e, "1".repeat(64)))).doesNotContain(hash).doesNotHaveDuplicates();
    }

    @Test
    void fieldsCannotBeShiftedIntoEachOther() {
        AuditEntry a = new AuditEntry(Instant.EPOCH, CHINA, "ab", "c", "POST /x", "", "success");
        AuditEntry b = new AuditEntry(Instant.EPOCH, CHINA, "a", "bc", "POST /x", "", "success");

        assertThat(chain.hashOf(1, a, AuditChain.GENESIS)).isNotEqualTo(chain.hashOf(1, b, AuditChain.GENESIS));
    }

    @Test
    void anEntryNeedsWhoWhereWhatAndResult() {
        assertThatThrownBy(() -> new AuditEntry(Instant.EPOCH, CHINA, " ", "x", "POST /x", "", "success"))
                .isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> new AuditEntry(Instant.EPOCH, CHINA, "a", "x", "POST /x", "", null))
                .isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> new AuditEntry(Instant.EPOCH, CHINA, "a", "x", "P".repeat(1001), "", "success"))
                .isInstanceOf(InvalidValue.class);
    }
}
