package org.openhall.audit.adapter.out.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.openhall.audit.application.port.out.ChainHeadRepository;
import org.openhall.audit.domain.ChainHead;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The published chain heads in {@code audit_chain_head}; the first instance to store a day's head wins. */
@Component
class ChainHeadPersistenceAdapter implements ChainHeadRepository {

    private final JdbcClient jdbc;

    ChainHeadPersistenceAdapter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public ChainHead saveIfAbsent(ChainHead head) {
        jdbc.sql("""
                INSERT INTO audit_chain_head (day, last_sequence, head_hash, algorithm, computed_at)
                VALUES (:day, :sequence, :hash, :algorithm, :computedAt)
                ON CONFLICT (day) DO NOTHING""")
                .param("day", head.day())
                .param("sequence", head.lastSequence())
                .param("hash", head.headHash())
                .param("algorithm", head.algorithm())
                .param("computedAt", head.computedAt().atOffset(ZoneOffset.UTC))
                .update();
        return of(head.day()).orElseThrow();
    }

    @Override
    public List<ChainHead> latest(int limit) {
        return jdbc.sql("SELECT * FROM audit_chain_head ORDER BY day DESC LIMIT :limit").param("limit", limit)
                .query(ChainHeadPersistenceAdapter::head).list();
    }

    @Override
    public Optional<ChainHead> of(LocalDate day) {
        return jdbc.sql("SELECT * FROM audit_chain_head WHERE day = :day").param("day", day)
                .query(ChainHeadPersistenceAdapter::head).optional();
    }

    private static ChainHead head(ResultSet rs, int rowNum) throws SQLException {
        return new ChainHead(rs.getObject("day", LocalDate.class), rs.getLong("last_sequence"),
                rs.getString("head_hash"), rs.getString("algorithm"),
                rs.getObject("computed_at", OffsetDateTime.class).toInstant());
    }
}
