package org.openhall.shared.adapter.out.persistence.personaldata;

import java.util.List;

/**
 * What one context declares about its sealed columns, so that the rotation re-seals them. A context
 * that stores personal data contributes one bean of this type next to its persistence adapters.
 */
@FunctionalInterface
public interface SealedColumns {

    List<SealedColumn> sealedColumns();
}
