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

    @Override
    public void accept(String caseId) throws Exception {
        http.post("/cases/" + caseId + "/acceptance", null, 200);
    }

    @Override
    public void complete(String caseId) throws Exception {
        http.post("/cases/" + caseId + "/completion", null, 200);
    }
}
