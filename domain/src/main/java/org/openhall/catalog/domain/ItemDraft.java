package org.openhall.catalog.domain;

import org.jmolecules.ddd.types.AggregateRoot;
import org.openhall.shared.domain.InvalidValue;

/**
 * The next version of an item while a catalog administrator prepares it (事项草稿): not public, no
 * case can be received under it, and it has no version number until it is published — numbers
 * follow the order in which versions take effect. An item has at most one draft at a time.
 */
public final class ItemDraft implements AggregateRoot<ItemDraft, ApprovalItemCode> {

    private final ApprovalItemCode code;
    private ItemContent content;

    private ItemDraft(ApprovalItemCode code, ItemContent content) {
        if (code == null || content == null) {
            throw new InvalidValue("draft", "code and content are required");
        }
        this.code = code;
        this.content = content;
    }

    /** Starts a draft of {@code content} for the item {@code code}, new or existing. */
    public static ItemDraft start(ApprovalItemCode code, ItemContent content) {
        return new ItemDraft(code, content);
    }

    /** Rebuilds a draft from storage. */
    public static ItemDraft restore(ApprovalItemCode code, ItemContent content) {
        return new ItemDraft(code, content);
    }

    /** Replaces the drafted content; returns whether anything changed. */
    public boolean revise(ItemContent revised) {
        if (revised == null) {
            throw new InvalidValue("draft.content", "must not be empty");
        }
        boolean changed = !revised.equals(content);
        content = revised;
        return changed;
    }

    @Override
    public ApprovalItemCode getId() {
        return code;
    }

    public ApprovalItemCode code() {
        return code;
    }

    public ItemContent content() {
        return content;
    }
}
