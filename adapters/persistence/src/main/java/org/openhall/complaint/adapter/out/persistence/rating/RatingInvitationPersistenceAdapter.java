package org.openhall.complaint.adapter.out.persistence.rating;

import java.util.Optional;
import java.util.UUID;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
import org.openhall.complaint.application.port.out.RatingInvitationRepository;
import org.openhall.complaint.domain.rating.RatingInvitation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Rating invitations in {@code rating_invitation}: hashes only, keyed by the code's hash. */
@Component
@SecondaryAdapter
public class RatingInvitationPersistenceAdapter implements RatingInvitationRepository {

    private final JdbcClient jdbc;

    public RatingInvitationPersistenceAdapter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(RatingInvitation i) {
        jdbc.sql("""
                INSERT INTO rating_invitation (code_hash, service_id, phone_hash, tail_hash, issued_at, expires_at)
                VALUES (:code, :service, :phone, :tail, :issued, :expires)""")
                .param("code", i.codeHash()).param("service", i.serviceId()).param("phone", i.phoneHash())
                .param("tail", i.tailHash()).param("issued", Sql.timestamp(i.issuedAt()))
                .param("expires", Sql.timestamp(i.expiresAt())).update();
    }

    @Override
    public Optional<RatingInvitation> findByCodeHash(String codeHash) {
        return jdbc.sql("SELECT * FROM rating_invitation WHERE code_hash = :code").param("code", codeHash)
                .query((rs, row) -> new RatingInvitation(rs.getString("code_hash"),
                        rs.getObject("service_id", UUID.class), rs.getString("phone_hash"), rs.getString("tail_hash"),
                        Sql.instant(rs.getTimestamp("issued_at")), Sql.instant(rs.getTimestamp("expires_at"))))
                .optional();
    }
}
