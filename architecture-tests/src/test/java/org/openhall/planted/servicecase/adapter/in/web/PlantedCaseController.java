package org.openhall.planted.servicecase.adapter.in.web;

import org.openhall.planted.shared.adapter.in.web.PlantedProblemResponses;

/** The right way: a web controller using shared web plumbing of another context. */
public class PlantedCaseController {

    public String missing(String caseNumber) {
        return PlantedProblemResponses.notFound(caseNumber);
    }
}
