package org.openhall.notification.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.openhall.shared.application.paging.Page;
import org.openhall.shared.application.paging.PageRequest;
import org.openhall.shared.domain.access.Actor;

/**
 * The notices (短信通知) for staff and supervisors, newest first: clerks and approvers see their own
 * department's, supervisors and administrators every one. Numbers are always masked.
 */
@PrimaryPort
public interface NoticeQuery {

    Page<NoticeView> notices(Actor actor, NoticeFilter filter, PageRequest page);
}
