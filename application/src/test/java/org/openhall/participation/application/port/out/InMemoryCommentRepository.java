package org.openhall.participation.application.port.out;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.openhall.participation.domain.Comment;
import org.openhall.participation.domain.CommentId;
import org.openhall.participation.domain.CommentSnapshot;
import org.openhall.participation.domain.CommentStatus;
import org.openhall.participation.domain.DraftDecisionId;
import org.openhall.shared.application.paging.Page;
import org.openhall.shared.application.paging.PageRequest;
import org.openhall.shared.application.problem.ConcurrentUpdate;

/** A {@link CommentRepository} in memory, for tests; it keeps snapshots, never live aggregates. */
public class InMemoryCommentRepository implements CommentRepository {

    private static final Comparator<CommentSnapshot> OLDEST_FIRST = Comparator
            .comparing(CommentSnapshot::submittedAt).thenComparing(s -> s.id().value());

    private final Map<CommentId, CommentSnapshot> comments = new LinkedHashMap<>();

    @Override
    public synchronized Optional<Comment> findById(CommentId id) {
        return Optional.ofNullable(comments.get(id)).map(Comment::restore);
    }

    @Override
    public synchronized Comment save(Comment comment) {
        CommentSnapshot snapshot = comment.snapshot();
        CommentSnapshot current = comments.get(snapshot.id());
        if ((current == null ? 0 : current.version()) != snapshot.version()) {
            throw new ConcurrentUpdate("comment", snapshot.id().toString());
        }
        CommentSnapshot stored = Versions.withVersion(snapshot, snapshot.version() + 1);
        comments.put(stored.id(), stored);
        return Comment.restore(stored);
    }

    @Override
    public synchronized Page<Comment> findByDraft(DraftDecisionId draftId, Optional<CommentStatus> status,
            PageRequest page) {
        List<CommentSnapshot> matching = comments.values().stream()
                .filter(c -> c.draftId().equals(draftId))
                .filter(c -> status.map(s -> s == c.status()).orElse(true))
                .sorted(OLDEST_FIRST)
                .toList();
        return Page.of(matching.stream().skip(page.offset()).limit(page.size()).map(Comment::restore).toList(), page,
                matching.size());
    }

    @Override
    public synchronized List<Comment> findAllByDraft(DraftDecisionId draftId) {
        return comments.values().stream().filter(c -> c.draftId().equals(draftId)).sorted(OLDEST_FIRST)
                .map(Comment::restore).toList();
    }
}
