package org.openhall.servicecase.adapter.in.web.notice;

import java.util.List;

/**
 * What every notice of a case needs besides the case itself: who issues it and on which item's
 * legal basis, and where the public can track the case.
 *
 * @param centreName     the centre's name (CentreProfile)
 * @param department     the issuing department's name
 * @param itemLegalBases the item's legal bases (设定依据), as cited in the catalog
 * @param trackingUrl    {@code {public-base-url}/track/{number}}
 */
public record NoticeContext(String centreName, String department, List<String> itemLegalBases, String trackingUrl) {

    public NoticeContext {
        itemLegalBases = List.copyOf(itemLegalBases);
    }
}
