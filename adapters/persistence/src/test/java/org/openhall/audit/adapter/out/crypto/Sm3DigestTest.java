package org.openhall.audit.adapter.out.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openhall.audit.domain.AuditChain;
import org.openhall.audit.domain.AuditEntry;
import org.openhall.audit.domain.AuditRecord;
import org.openhall.audit.domain.ChainVerifier;
import org.openhall.audit.domain.Sha256Digest;

class Sm3DigestTest {

    private final Sm3Digest sm3 = new Sm3Digest();

    private String hex(String message) {
        return HexFormat.of().formatHex(sm3.digest(message.getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void givesTheExampleDigestsOfGbT32905() {
        // GB/T 32905-2016, Appendix A: example 1 ("abc") and example 2 ("abcd" sixteen times).
        assertThat(hex("abc")).isEqualTo("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
        assertThat(hex("abcd".repeat(16)))
                .isEqualTo("debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732");
    }

    @Test
    void aChainHashedWithSm3IsVerifiedAlongsideSha256() {
        AuditChain chain = new AuditChain(sm3);
        AuditEntry entry = new AuditEntry(Instant.parse("2026-03-02T02:00:00Z"), ZoneOffset.ofHours(8), "admin",
                "10.0.0.1", "POST /api/v1/admin/items/{code}/suspension", "code=WSJK-001", "success");
        AuditRecord first = chain.append(null, entry);
        AuditRecord second = chain.append(first, entry);

        ChainVerifier verifier = new ChainVerifier(List.of(new Sha256Digest(), sm3));
        List.of(first, second).forEach(verifier::accept);

        assertThat(first.algorithm()).isEqualTo("SM3");
        assertThat(first.hash()).hasSize(64).isNotEqualTo(new AuditChain(new Sha256Digest()).append(null, entry).hash());
        assertThat(verifier.result().intact()).isTrue();
        assertThat(verifier.result().headHash()).isEqualTo(second.hash());
    }
}
