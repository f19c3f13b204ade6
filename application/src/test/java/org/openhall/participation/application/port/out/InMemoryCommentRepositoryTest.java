package org.openhall.participation.application.port.out;

class InMemoryCommentRepositoryTest extends CommentRepositoryContract {

    @Override
    protected CommentRepository emptyRepository() {
        return new InMemoryCommentRepository();
    }
}
