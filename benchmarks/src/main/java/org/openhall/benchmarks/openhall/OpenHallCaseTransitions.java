package org.openhall.benchmarks.openhall;

import org.openhall.benchmarks.load.CaseFlow;
import org.openhall.benchmarks.load.JsonHttp;

/**
 * The case transitions the load generator drives through OpenHall's REST API — the one place that
 * knows the endpoints, so that a change of the case lifecycle changes this class only. A clerk of
 * the market regulation department (市场监督管理局) receives 食品经营许可 (SCJG-001) with every
 * mandatory material, accepts it (受理) and completes it (办结); every request carries HTTP Basic
 * credentials, as every client of the API does.
 */
public final class OpenHallCaseTransitions implements CaseFlow {

    static final String CLERK = "clerk.scjg:demo-Clerk-2026";
    private static final String APPLICATION = """
            {"itemCode":"SCJG-001","applicant":{"name":"张三","idNumber":"11010519491231002X","phone":"13800138000"},
             "materials":["APP","LICENCE","LAYOUT","RULES"]}""";

    private final JsonHttp http;

    public OpenHallCaseTransitions(String baseUrl) {
        this.http = new JsonHttp(baseUrl, CLERK);
    }

    @Override
    public String submit() throws Exception {
        return JsonHttp.idOf(http.post("/api/v1/cases", APPLICATION, 201));
    }

    @Override
    public void accept(String caseId) throws Exception {
        http.post("/api/v1/cases/" + caseId + "/acceptance", null, 200);
    }

    @Override
    public void complete(String caseId) throws Exception {
        http.post("/api/v1/cases/" + caseId + "/completion", "{\"note\":\"准予许可\"}", 200);
    }
}
