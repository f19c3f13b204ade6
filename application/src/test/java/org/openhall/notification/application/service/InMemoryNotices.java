package org.openhall.notification.application.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.openhall.notification.application.port.in.NoticeFilter;
import org.openhall.notification.application.port.out.NoticeRepository;
import org.openhall.notification.domain.Notice;
import org.openhall.notification.domain.NoticeId;
import org.openhall.notification.domain.NoticeSnapshot;
import org.openhall.shared.application.paging.Page;
import org.openhall.shared.application.paging.PageRequest;
import org.openhall.shared.application.problem.ConcurrentUpdate;

/** Notices in a map, versioned like the database; the due sweep returns copies, as rows read again would be. */
class InMemoryNotices implements NoticeRepository {

    final Map<NoticeId, NoticeSnapshot> rows = new LinkedHashMap<>();
    final Map<String, Integer> dailyCounts = new HashMap<>();

    @Override
    public boolean insert(Notice notice) {
        return rows.putIfAbsent(notice.getId(), notice.snapshot()) == null;
    }

    @Override
    public void update(Notice notice) {
        NoticeSnapshot s = notice.snapshot();
        NoticeSnapshot stored = rows.get(s.id());
        if (stored == null || stored.version() != s.version()) {
            throw new ConcurrentUpdate("notice", s.id().toString());
        }
        rows.put(s.id(), new NoticeSnapshot(s.id(), s.caseId(), s.caseNumber(), s.department(), s.templateKey(),
                s.vendorCode(), s.kind(), s.phone(), s.text(), s.variables(), s.segments(), s.createdAt(),
                s.version() + 1, s.state(), s.dueAt(), s.attempts(), s.reconciliations(), s.gatewayMessageId(),
                s.lastError(), s.sentAt(), s.reportedAt()));
    }

    @Override
    public Optional<Notice> findById(NoticeId id) {
        return Optional.ofNullable(rows.get(id)).map(Notice::restore);
    }

    @Override
    public Optional<Notice> findByGatewayMessageId(String messageId) {
        return rows.values().stream().filter(s -> messageId.equals(s.gatewayMessageId())).findFirst().map(Notice::restore);
    }

    @Override
    public List<Notice> lockDue(Instant now, int limit) {
        return rows.values().stream().filter(s -> s.state().awaitsDispatch() && !s.dueAt().isAfter(now))
                .sorted(Comparator.comparing(NoticeSnapshot::dueAt)).limit(limit).map(Notice::restore).toList();
    }

    @Override
    public boolean takeDailySlot(String mobile, String templateKey, LocalDate day, int limit) {
        String key = mobile + "|" + templateKey + "|" + day;
        int used = dailyCounts.getOrDefault(key, 0);
        if (used >= limit) {
            return false;
        }
        dailyCounts.put(key, used + 1);
        return true;
    }

    @Override
    public Page<Notice> findAll(NoticeFilter filter, PageRequest page) {
        List<Notice> all = rows.values().stream()
                .filter(s -> filter.state().map(st -> st == s.state()).orElse(true))
                .filter(s -> filter.department().map(d -> d.equals(s.department())).orElse(true))
                .map(Notice::restore).toList();
        return Page.of(all.stream().skip(page.offset()).limit(page.size()).toList(), page, all.size());
    }
}
