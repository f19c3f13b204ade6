package org.openhall.catalog.application.port.in;

import java.util.Map;

import org.openhall.shared.domain.DomainProblem;
import org.openhall.shared.domain.ProblemKind;

/** Only a catalog administrator (事项管理员) maintains the catalog. */
public final class CatalogAdministratorRequired extends DomainProblem {

    public CatalogAdministratorRequired(String username) {
        super("catalog.administrator-required", ProblemKind.FORBIDDEN,
                "User " + username + " is not a catalog administrator", Map.of());
    }
}
