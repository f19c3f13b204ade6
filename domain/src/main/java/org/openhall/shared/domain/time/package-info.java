/**
 * The case clock (办理时限): how long an agency has to act on a case, and when it runs out.
 *
 * <p>A clock starts on day 0 (the day of receipt, acceptance or notice), counts a
 * {@link org.openhall.shared.domain.time.TimeLimit} in working or calendar days, stops for
 * the pauses the law excludes from the limit (Administrative Licensing Law Art. 45) and
 * runs longer by approved extensions (Art. 42). It explains every deadline day by day, so
 * a clerk, a supervisor or an applicant can check it against the holiday notice.
 */
package org.openhall.shared.domain.time;
