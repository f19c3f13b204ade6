package org.openhall.complaint.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.openhall.complaint.domain.Satisfaction;

/**
 * The steps of a ticket's closed loop after intake. Each answers with the ticket as stored; a
 * refusal is a problem with a stable code ({@code ticket.*}).
 */
@PrimaryPort
public interface HandleTicketUseCase {

    /** 派单 to a department of the centre. */
    TicketView dispatch(TicketStep step, String department);

    /** 签收. */
    TicketView signIn(TicketStep step);

    /** 退回 with the reasons. */
    TicketView returnToDispatcher(TicketStep step, String reasons);

    /** 办理: a note on the handling. */
    TicketView recordHandling(TicketStep step, String note);

    /** 答复. */
    TicketView reply(TicketStep step, String text);

    /** 督办. */
    TicketView supervise(TicketStep step, String note);

    /** 申请延期, before the due date. */
    TicketView requestExtension(TicketStep step, int workingDays, String reason);

    /** 批准延期. */
    TicketView approveExtension(TicketStep step);

    /** 办结. */
    TicketView complete(TicketStep step);

    /** 回访 with the satisfaction the citizen told. */
    TicketView followUp(TicketStep step, Satisfaction satisfaction, String note);

    /** 关闭. */
    TicketView close(TicketStep step, String note);

    /** 重办 within the reopen period. */
    TicketView reopen(TicketStep step, String reason);
}
