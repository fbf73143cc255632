package com.stagewise.persistence.account;

import com.stagewise.domain.Page;
import com.stagewise.domain.account.AuditEvent;
import com.stagewise.domain.account.AuditFilter;
import com.stagewise.domain.account.AuditTrail;
import com.stagewise.persistence.Timestamps;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

public final class JdbiAuditTrail implements AuditTrail {

    private static final int DETAIL_MAX = 1000;

    private final Jdbi jdbi;

    public JdbiAuditTrail(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void record(long clinicId, Instant at, Long actorUserId, String actor, String action, String recordType,
            String recordId, String detail) {
        String shortDetail = detail == null ? "" : detail.length() > DETAIL_MAX ? detail.substring(0, DETAIL_MAX) : detail;
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO audit_event (clinic_id, at, actor_user_id, actor, action, "
                        + "record_type, record_id, detail) VALUES (:clinic, :at, :actorId, :actor, :action, :type, :id, :detail)")
                .bind("clinic", clinicId).bind("at", Timestamps.bind(at)).bind("actorId", actorUserId)
                .bind("actor", actor).bind("action", action).bind("type", recordType)
                .bind("id", recordId == null ? "" : recordId).bind("detail", shortDetail)
                .execute());
    }

    @Override
    public Page<AuditEvent> page(long clinicId, AuditFilter filter, int pageNumber, int pageSize) {
        StringBuilder sql = new StringBuilder("SELECT * FROM audit_event WHERE clinic_id = :clinic");
        filter.actorUserId().ifPresent(id -> sql.append(" AND actor_user_id = :actorId"));
        filter.action().ifPresent(action -> sql.append(" AND action = :action"));
        filter.recordType().ifPresent(type -> sql.append(" AND record_type = :type"));
        filter.from().ifPresent(from -> sql.append(" AND at >= :from"));
        filter.to().ifPresent(to -> sql.append(" AND at < :to"));
        sql.append(" ORDER BY at DESC, id DESC LIMIT :limit OFFSET :offset");
        List<AuditEvent> rows = jdbi.withHandle(h -> {
            Query query = h.createQuery(sql.toString()).bind("clinic", clinicId);
            filter.actorUserId().ifPresent(id -> query.bind("actorId", id));
            filter.action().ifPresent(action -> query.bind("action", action));
            filter.recordType().ifPresent(type -> query.bind("type", type));
            filter.from().ifPresent(from -> query.bind("from", from.atStartOfDay().atOffset(ZoneOffset.UTC)));
            filter.to().ifPresent(to -> query.bind("to", to.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC)));
            return query.bind("limit", pageSize + 1)
                    .bind("offset", Page.offset(pageNumber, pageSize))
                    .map((rs, ctx) -> new AuditEvent(rs.getLong("id"), rs.getLong("clinic_id"), Timestamps.read(rs, "at"),
                            (Long) rs.getObject("actor_user_id", Long.class), rs.getString("actor"), rs.getString("action"),
                            rs.getString("record_type"), rs.getString("record_id"), rs.getString("detail")))
                    .list();
        });
        boolean hasNext = rows.size() > pageSize;
        return new Page<>(hasNext ? rows.subList(0, pageSize) : rows, Math.max(pageNumber, 1), pageSize, hasNext);
    }

    @Override
    public List<String> actions(long clinicId) {
        return distinct("action", clinicId);
    }

    @Override
    public List<String> recordTypes(long clinicId) {
        return distinct("record_type", clinicId);
    }

    private List<String> distinct(String column, long clinicId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT DISTINCT " + column + " FROM audit_event "
                        + "WHERE clinic_id = :clinic ORDER BY " + column)
                .bind("clinic", clinicId).mapTo(String.class).list());
    }
}
