package org.openhall.network.adapter.out.persistence;

import java.util.List;

import org.openhall.shared.adapter.out.persistence.personaldata.SealedColumn;
import org.openhall.shared.adapter.out.persistence.personaldata.SealedColumns;
import org.springframework.stereotype.Component;

/**
 * The sealed column of the network context, for key rotation: the TOTP secret of a staff member's
 * authenticator app (动态口令密钥). It is never searched, so it has no blind index; secrets stored in
 * clear before sealing existed are sealed by the rotation's next run.
 */
@Component
class NetworkPersonalDataColumns implements SealedColumns {

    @Override
    public List<SealedColumn> sealedColumns() {
        return List.of(SealedColumn.of("staff_second_factor", "secret"));
    }
}
