package org.openhall.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openhall.notification.adapter.out.persistence.SmsSuppressionPersistenceAdapter;
import org.openhall.network.application.port.out.SecondFactorStore;
import org.openhall.notification.application.port.out.SmsSuppressionRepository;
import org.openhall.shared.adapter.out.persistence.personaldata.BlindIndexRebuild;
import org.openhall.shared.adapter.out.persistence.personaldata.PersonalDataCipher;
import org.openhall.shared.adapter.out.persistence.personaldata.PersonalDataKeyRing;
import org.openhall.shared.adapter.out.persistence.personaldata.PersonalDataKind;
import org.openhall.shared.adapter.out.persistence.personaldata.PersonalDataProperties;
import org.openhall.shared.adapter.out.persistence.personaldata.PersonalDataRotation;
import org.openhall.shared.adapter.out.persistence.personaldata.PersonalDataUnreadable;
import org.openhall.shared.adapter.out.persistence.personaldata.SealedColumn;
import org.openhall.shared.adapter.out.persistence.personaldata.SealedColumns;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Key rotation (密钥轮换) on a real database: every sealed value moves to the new key in batches, the
 * rows from before sealing are sealed on the way (with their blind index), a second run has nothing
 * left to do, everything opens without the old key, and search by blind index still finds. The test
 * rotates back at the end, so that the running application (which holds only the first key) can read
 * its data again.
 */
class PersonalDataRotationIT extends PersonalDataSteps {

    private static final String SECOND_KEY = randomKey();

    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    List<SealedColumns> declarations;
    @Autowired
    PersonalDataRotation configured;
    @Autowired
    SmsSuppressionRepository suppressions;
    @Autowired
    SecondFactorStore secondFactors;

    @Test
    void rotatesEverySealedValueToTheNewKeyAfterWhichTheOldKeyCanBeRemoved() {
        stored();
        assertThat(configured.columns()).extracting(SealedColumn::toString).contains("service_case.applicant_id_number",
                "service_case.agent_phone", "consultation.enquirer_phone", "pre_application.applicant_phone",
                "disclosure_request.requester_id_number", "participation_comment.commenter_phone",
                "participation_hearing_registration.registrant_phone", "sms_notice.phone", "sms_suppression.phone",
                "staff_second_factor.secret");
        // A row stored before sealing existed: plain number, no blind index yet.
        jdbc.sql("INSERT INTO sms_suppression (phone, reason, listed_at) VALUES ('13977110099', '升级前', now())")
                .update();
        // A second-factor secret stored in clear by an earlier version: the same secret, not sealed.
        String sealedSecret = jdbc.sql("SELECT secret FROM staff_second_factor WHERE username = 'clerk.scjg'")
                .query(String.class).single();
        String clearSecret = cipher("first", Map.of("first", FIRST_KEY)).open(sealedSecret);
        jdbc.sql("UPDATE staff_second_factor SET secret = :s WHERE username = 'clerk.scjg'").param("s", clearSecret)
                .update();
        assertThat(configured.countUnder(null)).isEqualTo(2);
        // It is read as clear text: the clerk's authenticator app keeps working.
        assertThat(secondFactors.of("clerk.scjg").orElseThrow().secret().base32()).isEqualTo(clearSecret);
        // Listing it again finds the old row and adds none, which the rotation would make collide.
        suppressions.add("13977110099", "再次退订", Instant.parse("2026-03-02T02:00:00Z"));
        assertThat(jdbc.sql("SELECT count(*) FROM sms_suppression").query(Long.class).single()).isEqualTo(2);

        PersonalDataCipher both = cipher("second", Map.of("first", FIRST_KEY, "second", SECOND_KEY));
        PersonalDataRotation rotation = new PersonalDataRotation(jdbc, transactions, both, declarations);
        try {
            long underFirst = rotation.countUnder("first");
            assertThat(underFirst).isGreaterThanOrEqualTo(KNOWN_VALUES.size());

            Map<String, Integer> done = rotation.rotate(2);
            assertThat(done.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(underFirst + 2);
            assertThat(rotation.countUnder("first")).isZero();
            assertThat(rotation.countUnder(null)).isZero();
            // Idempotent: a second run finds nothing left to do.
            assertThat(rotation.rotate(2).values()).allMatch(n -> n == 0);

            PersonalDataCipher secondOnly = cipher("second", Map.of("second", SECOND_KEY));
            for (SealedColumn c : rotation.columns()) {
                for (String sealed : jdbc.sql("SELECT " + c.column() + " FROM " + c.table() + " WHERE " + c.column()
                        + " IS NOT NULL").query(String.class).list()) {
                    assertThat(sealed).startsWith("pd1:aes:second:");
                    assertThat(secondOnly.open(sealed)).isNotBlank();
                }
            }
            assertThat(secondOnly.open(jdbc.sql("SELECT applicant_id_number FROM service_case WHERE id = CAST(:id AS uuid)")
                    .param("id", stored().caseId()).query(String.class).single())).isEqualTo(APPLICANT_ID);
            assertThat(secondOnly.open(jdbc.sql("SELECT secret FROM staff_second_factor WHERE username = 'clerk.scjg'")
                    .query(String.class).single())).isEqualTo(clearSecret);
            PersonalDataCipher firstOnly = cipher("first", Map.of("first", FIRST_KEY));
            String anySealed = jdbc.sql("SELECT phone FROM sms_notice LIMIT 1").query(String.class).single();
            assertThatThrownBy(() -> firstOnly.open(anySealed)).isInstanceOf(PersonalDataUnreadable.class);

            // The blind index key did not change: search still finds, also the row from before sealing.
            SmsSuppressionPersistenceAdapter list = new SmsSuppressionPersistenceAdapter(jdbc, secondOnly);
            assertThat(list.isSuppressed(SUPPRESSED_PHONE)).isTrue();
            assertThat(jdbc.sql("SELECT count(*) FROM sms_suppression WHERE phone_index = :i")
                    .param("i", secondOnly.blindIndex(PersonalDataKind.PHONE, "13977110099")).query(Long.class)
                    .single()).isEqualTo(1);
            assertThat(jdbc.sql("SELECT count(*) FROM service_case WHERE applicant_id_number_index = :i")
                    .param("i", secondOnly.blindIndex(PersonalDataKind.ID_NUMBER, APPLICANT_ID.toLowerCase()))
                    .query(Long.class).single()).isEqualTo(1);
        } finally {
            PersonalDataCipher back = cipher("first", Map.of("first", FIRST_KEY, "second", SECOND_KEY));
            new PersonalDataRotation(jdbc, transactions, back, declarations).rotate(100);
            jdbc.sql("DELETE FROM sms_suppression WHERE reason = '升级前'").update();
        }
        // Back under the first key, the application reads its cases again.
        assertThat(get(CLERK_SCJG, "/api/v1/cases/" + stored().caseId()).status()).isEqualTo(200);
    }

    @Test
    void searchKeepsFindingThroughAnIndexKeyRotationAndAfterTheOldIndexKeyIsRemoved() {
        stored();
        String newIndexKey = randomKey();
        PersonalDataCipher during = cipher("first", Map.of("first", FIRST_KEY), newIndexKey, List.of(INDEX_KEY));
        PersonalDataCipher afterwards = cipher("first", Map.of("first", FIRST_KEY), newIndexKey, List.of());
        try {
            // The new key alone does not find what the old one indexed: that is what the previous key is for.
            assertThat(new SmsSuppressionPersistenceAdapter(jdbc, afterwards).isSuppressed(SUPPRESSED_PHONE)).isFalse();
            assertThat(new SmsSuppressionPersistenceAdapter(jdbc, during).isSuppressed(SUPPRESSED_PHONE)).isTrue();
            assertThat(casesWithApplicantId(during)).isEqualTo(1);

            BlindIndexRebuild rebuild = new BlindIndexRebuild(jdbc, transactions, during, declarations);
            Map<String, Integer> done = rebuild.reindex(2);
            assertThat(done).containsKeys("service_case.applicant_id_number_index",
                    "service_case.applicant_phone_index", "sms_suppression.phone_index", "ticket.caller_phone_index",
                    "disclosure_request.requester_identifier");
            assertThat(done.get("service_case.applicant_id_number_index")).isPositive();
            assertThat(done.get("sms_suppression.phone_index")).isPositive();
            // Idempotent: a second run finds every index already under the new key.
            assertThat(rebuild.reindex(2).values()).allMatch(n -> n == 0);

            // The old index key is removed from the configuration: search still finds.
            assertThat(new SmsSuppressionPersistenceAdapter(jdbc, afterwards).isSuppressed(SUPPRESSED_PHONE)).isTrue();
            assertThat(new SmsSuppressionPersistenceAdapter(jdbc, afterwards).isSuppressed("+86 139 7711 0005"))
                    .isTrue();
            assertThat(casesWithApplicantId(afterwards)).isEqualTo(1);
            assertThat(jdbc.sql("SELECT count(*) FROM ticket WHERE caller_phone_index = :i")
                    .param("i", afterwards.blindIndex(PersonalDataKind.PHONE, TICKET_CALLER_PHONE)).query(Long.class)
                    .single()).isEqualTo(1);
        } finally {
            // Back to the index key the running application holds.
            new BlindIndexRebuild(jdbc, transactions,
                    cipher("first", Map.of("first", FIRST_KEY), INDEX_KEY, List.of(newIndexKey)), declarations)
                    .reindex(100);
        }
        assertThat(suppressions.isSuppressed(SUPPRESSED_PHONE)).isTrue();
    }

    private long casesWithApplicantId(PersonalDataCipher cipher) {
        return jdbc.sql("SELECT count(*) FROM service_case WHERE applicant_id_number_index IN (:i)")
                .param("i", cipher.blindIndexes(PersonalDataKind.ID_NUMBER, APPLICANT_ID.toLowerCase()))
                .query(Long.class).single();
    }

    private static PersonalDataCipher cipher(String active, Map<String, String> keys, String indexKey,
            List<String> previousIndexKeys) {
        return new PersonalDataCipher(PersonalDataKeyRing.of(
                new PersonalDataProperties("AES-GCM", active, keys, indexKey, previousIndexKeys, false)));
    }

    private static PersonalDataCipher cipher(String active, Map<String, String> keys) {
        return new PersonalDataCipher(
                PersonalDataKeyRing.of(new PersonalDataProperties("AES-GCM", active, keys, INDEX_KEY, null, false)));
    }
}
