package org.openhall.bootstrap.countypack.spec;

import org.openhall.bootstrap.countypack.Where;

/**
 * {@code centre.yaml}: the service centre the pack describes (政务服务中心).
 *
 * @param name the centre's name, e.g. 合山市政务服务中心
 * @param jurisdiction the administrative division code (行政区划代码) whose calendar applies
 * @param regionCode the code printed at the head of every case number
 * @param zone the time zone, e.g. {@code Asia/Shanghai}
 * @param makeUpDaysAreWorkingDays whether make-up working days (调休上班日) count as working days
 */
public record CentreSpec(Where where, String name, String jurisdiction, String regionCode, String zone,
        Boolean makeUpDaysAreWorkingDays) {
}
