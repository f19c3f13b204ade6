/**
 * Complaints, consultations and requests from the public (诉求工单) with their closed loop, and the
 * ratings of services (好差评). Pure domain: no framework.
 */
package org.openhall.complaint.domain;
