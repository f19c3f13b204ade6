package org.openhall.benchmarks.limits;

import org.openhall.benchmarks.load.CaseFlow;
import org.openhall.benchmarks.load.JsonHttp;

/** The reference service's case endpoints, as the load generator calls them. */
public final class ReferenceCaseFlow implements CaseFlow {

    private final JsonHttp http;

    public ReferenceCaseFlow(String baseUrl) {
        this.http = new JsonHttp(baseUrl, null);
    }

    @Override
    public String submit() throws Exception {
        return JsonHttp.idOf(http.post("/cases", "{\"itemCode\":\"SCJG-001\"}", 201));
    }

    /** The same sequence as OpenHall's: acceptance, five procedure steps, the decision. */
    @Override
    public int transitions() {
        return 2 + ReferenceCaseService.STEPS;
    }

    @Override
    public void transition(String caseId, int index) throws Exception {
        if (index == 0) {
            http.post("/cases/" + caseId + "/acceptance", null, 200);
        } else if (index <= ReferenceCaseService.STEPS) {
            http.post("/cases/" + caseId + "/steps/" + index + "/completion", null, 200);
        } else {
            http.post("/cases/" + caseId + "/completion", null, 200);
        }
    }
}
