package org.openhall.bootstrap.reliability;

import org.openhall.bootstrap.OpenHallIT;
import org.openhall.bootstrap.OpenHallIT.Reply;

/**
 * What the reliability tests ask of a running OpenHall, in this JVM or another: post as a demo user,
 * and receive the case every test starts from.
 */
interface DemoClerk {

    Reply post(String user, String path, String json);

    /** Submits an application for 食品经营许可 (SCJG-001) with every material; returns the case id. */
    default String submitFoodLicence() {
        Reply r = post(OpenHallIT.CLERK_SCJG, "/api/v1/cases", """
                {"itemCode":"SCJG-001","applicant":{"name":"张三","idNumber":"%s","phone":"13800138000"},
                 "materials":["APP","LICENCE","LAYOUT","RULES"]}""".formatted(OpenHallIT.VALID_ID));
        if (r.status() != 201) {
            throw new AssertionError("submit failed: " + r);
        }
        return r.json().path("id").asString();
    }
}
