package org.openhall.network.adapter.in.web;

/**
 * A department's figures. Rates are fractions from 0 to 1 (1 = 100 %), not rounded; 0 when there
 * is nothing to count.
 *
 * @param itemsStationed items handled by the department's own windows in the city centre
 * @param itemsDecidedAtWindow of those, the items decided on the spot
 * @param authorizationRate 窗口授权率 = itemsDecidedAtWindow / itemsStationed
 * @param approvalItemsInCatalog the department's published administrative licences and non-licence approvals
 * @param approvalItemsInCentre of those, the items some window of the city centre handles
 * @param threeConcentrationsRate 三集中 = approvalItemsInCentre / approvalItemsInCatalog
 */
public record DepartmentRatesResponse(String department, int itemsStationed, int itemsDecidedAtWindow,
        double authorizationRate, int approvalItemsInCatalog, int approvalItemsInCentre,
        double threeConcentrationsRate) {
}
