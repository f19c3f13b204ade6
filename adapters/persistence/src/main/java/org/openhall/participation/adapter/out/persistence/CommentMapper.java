package org.openhall.participation.adapter.out.persistence;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.openhall.participation.domain.CommentId;
import org.openhall.participation.domain.CommentSnapshot;
import org.openhall.participation.domain.Commenter;
import org.openhall.participation.domain.DraftDecisionId;
import org.openhall.shared.adapter.out.persistence.PersistenceMapperConfig;
import org.openhall.shared.adapter.out.persistence.personaldata.PersonalDataCipher;
import org.openhall.shared.domain.identity.PersonName;
import org.openhall.shared.domain.identity.PhoneNumber;

/** Maps a comment's snapshot to its row and back. */
@Mapper(config = PersistenceMapperConfig.class)
interface CommentMapper {

    @Mapping(target = "commenterName", source = "commenter.name")
    @Mapping(target = "commenterPhone", source = "commenter.phone")
    CommentRow toRow(CommentSnapshot snapshot, @Context PersonalDataCipher cipher);

    @Mapping(target = "commenter", expression = "java(commenterOf(row, cipher))")
    CommentSnapshot toSnapshot(CommentRow row, @Context PersonalDataCipher cipher);

    default Commenter commenterOf(CommentRow row, @Context PersonalDataCipher cipher) {
        return new Commenter(new PersonName(row.commenterName()),
                row.commenterPhone() == null ? null : new PhoneNumber(cipher.open(row.commenterPhone())));
    }

    /** PostgreSQL keeps microseconds: cutting them here makes what save returns equal what is read back. */
    default Instant toMicros(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
    }

    default String text(PersonName name) {
        return name == null ? null : name.value();
    }

    /** Phones are stored sealed (docs/security.md). */
    default String text(PhoneNumber phone, @Context PersonalDataCipher cipher) {
        return phone == null ? null : cipher.seal(phone.value());
    }

    default UUID uuid(CommentId id) {
        return id.value();
    }

    default CommentId commentId(UUID value) {
        return new CommentId(value);
    }

    default UUID uuid(DraftDecisionId id) {
        return id.value();
    }

    default DraftDecisionId draftId(UUID value) {
        return new DraftDecisionId(value);
    }
}
