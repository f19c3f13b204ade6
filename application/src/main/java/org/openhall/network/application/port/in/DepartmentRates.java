package org.openhall.network.application.port.in;

import org.openhall.shared.domain.access.DepartmentCode;

/**
 * A department's two figures of the centre's plan, with the counts they come from. Rates are
 * plain fractions between 0 and 1 (1.0 = 100 %), not rounded; a rate whose denominator is 0 is 0.
 *
 * @param itemsStationed distinct items handled by the department's own windows in the city centre (进驻事项)
 * @param itemsDecidedAtWindow of those, the items one of those windows decides on the spot (授权窗口办结)
 * @param authorizationRate itemsDecidedAtWindow / itemsStationed (窗口授权率, target 100 %)
 * @param approvalItemsInCatalog the department's published approval items: administrative licences and
 *        non-licence approvals (审批事项)
 * @param approvalItemsInCentre of those, the items some window of the city centre handles — a department
 *        window or a general one
 * @param threeConcentrationsRate approvalItemsInCentre / approvalItemsInCatalog (三集中, target ≥ 95 %)
 */
public record DepartmentRates(DepartmentCode department, int itemsStationed, int itemsDecidedAtWindow,
        double authorizationRate, int approvalItemsInCatalog, int approvalItemsInCentre,
        double threeConcentrationsRate) {
}
