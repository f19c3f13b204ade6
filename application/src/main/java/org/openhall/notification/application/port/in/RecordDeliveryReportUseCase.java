package org.openhall.notification.application.port.in;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Records a gateway's delivery report on its notice; reports for unknown messages are ignored (false). */
@PrimaryPort
public interface RecordDeliveryReportUseCase {

    boolean record(RecordDeliveryReportCommand report);
}
