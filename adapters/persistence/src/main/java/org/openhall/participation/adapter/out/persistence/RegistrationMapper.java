package org.openhall.participation.adapter.out.persistence;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.openhall.participation.domain.HearingId;
import org.openhall.participation.domain.HearingRegistrationSnapshot;
import org.openhall.participation.domain.Registrant;
import org.openhall.participation.domain.RegistrationId;
import org.openhall.shared.adapter.out.persistence.PersistenceMapperConfig;
import org.openhall.shared.adapter.out.persistence.personaldata.PersonalDataCipher;
import org.openhall.shared.domain.identity.PersonName;
import org.openhall.shared.domain.identity.PhoneNumber;

/** Maps a registration's snapshot to its row and back. */
@Mapper(config = PersistenceMapperConfig.class)
interface RegistrationMapper {

    @Mapping(target = "registrantName", source = "registrant.name")
    @Mapping(target = "registrantPhone", source = "registrant.phone")
    RegistrationRow toRow(HearingRegistrationSnapshot snapshot, @Context PersonalDataCipher cipher);

    @Mapping(target = "registrant", expression = "java(registrantOf(row, cipher))")
    HearingRegistrationSnapshot toSnapshot(RegistrationRow row, @Context PersonalDataCipher cipher);

    default Registrant registrantOf(RegistrationRow row, @Context PersonalDataCipher cipher) {
        return new Registrant(new PersonName(row.registrantName()), new PhoneNumber(cipher.open(row.registrantPhone())));
    }

    /** PostgreSQL keeps microseconds: cutting them here makes what save returns equal what is read back. */
    default Instant toMicros(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
    }

    default String text(PersonName name) {
        return name.value();
    }

    /** Phones are stored sealed (docs/security.md). */
    default String text(PhoneNumber phone, @Context PersonalDataCipher cipher) {
        return cipher.seal(phone.value());
    }

    default UUID uuid(RegistrationId id) {
        return id.value();
    }

    default RegistrationId registrationId(UUID value) {
        return new RegistrationId(value);
    }

    default UUID uuid(HearingId id) {
        return id.value();
    }

    default HearingId hearingId(UUID value) {
        return new HearingId(value);
    }
}
