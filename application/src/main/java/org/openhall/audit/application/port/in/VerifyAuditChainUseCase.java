package org.openhall.audit.application.port.in;

import org.openhall.audit.domain.ChainVerification;

/** Checks the whole audit chain from its first record and names the first broken link (链校验). */
public interface VerifyAuditChainUseCase {

    ChainVerification verify();
}
