package org.openhall.notification.adapter.out.persistence;

import java.util.List;

import org.openhall.shared.adapter.out.persistence.personaldata.PersonalDataKind;
import org.openhall.shared.adapter.out.persistence.personaldata.SealedColumn;
import org.openhall.shared.adapter.out.persistence.personaldata.SealedColumns;
import org.springframework.stereotype.Component;

/** The sealed phones of SMS notices (短信通知) and of the suppression list (退订名单), for key rotation. */
@Component
class NotificationPersonalDataColumns implements SealedColumns {

    @Override
    public List<SealedColumn> sealedColumns() {
        return List.of(SealedColumn.of("sms_notice", "phone"),
                SealedColumn.indexed("sms_suppression", "phone", "phone_index", PersonalDataKind.PHONE));
    }
}
