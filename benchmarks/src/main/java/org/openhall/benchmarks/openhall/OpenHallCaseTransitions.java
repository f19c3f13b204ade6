package org.openhall.benchmarks.openhall;

import org.openhall.benchmarks.load.ApplicantPhones;
import org.openhall.benchmarks.load.CaseFlow;
import org.openhall.benchmarks.load.JsonHttp;

/**
 * The case transitions the load generator drives through OpenHall's REST API — the one place that
 * knows the endpoints, so that a change of the case lifecycle changes this class only. A clerk of
 * the market regulation department (市场监督管理局) receives 食品经营许可 (SCJG-001) with every
 * mandatory material, from an applicant with a mobile number of their own ({@link ApplicantPhones}), and
 * accepts it (受理); completing it walks the item's five procedure steps —
 * 受理 and 制证 at the window, 审查, 现场核查 and 决定 in the department — and then decides it (办结).
 * Each client signs in once (password and authenticator code) and sends its session token with every
 * request, as every client of the API does.
 */
public final class OpenHallCaseTransitions implements CaseFlow {

    static final String CLERK = "clerk.scjg:demo-Clerk-2026";
    static final String APPROVER = "approver.scjg:demo-Approver-2026";
    private static final String APPLICATION = """
            {"itemCode":"SCJG-001","applicant":{"name":"张三","idNumber":"11010519491231002X","phone":"%s"},
             "materials":["APP","LICENCE","LAYOUT","RULES"]}""";

    /** The procedure steps of SCJG-001. */
    private static final int STEP_HANDLERS = 5;

    private final JsonHttp http;
    private final JsonHttp approver;

    public OpenHallCaseTransitions(String baseUrl) {
        this.http = new JsonHttp(baseUrl, CLERK);
        this.approver = new JsonHttp(baseUrl, APPROVER);
    }

    @Override
    public String submit() throws Exception {
        return JsonHttp.idOf(http.post("/api/v1/cases", APPLICATION.formatted(ApplicantPhones.next()), 201));
    }

    /** Acceptance, the five procedure steps, the decision. */
    @Override
    public int transitions() {
        return 2 + STEP_HANDLERS;
    }

    @Override
    public void transition(String caseId, int index) throws Exception {
        if (index == 0) {
            http.post("/api/v1/cases/" + caseId + "/acceptance", null, 200);
        } else if (index <= STEP_HANDLERS) {
            // SCJG-001 in the Heshan pack: 受理 and 制证 at the window, 审查, 现场核查 and 决定 in the department.
            JsonHttp handler = index == 1 || index == STEP_HANDLERS ? http : approver;
            handler.post("/api/v1/cases/" + caseId + "/steps/" + index + "/completion", "{\"opinion\":\"同意\"}", 200);
        } else {
            approver.post("/api/v1/cases/" + caseId + "/completion", "{\"note\":\"准予许可\"}", 200);
        }
    }
}
