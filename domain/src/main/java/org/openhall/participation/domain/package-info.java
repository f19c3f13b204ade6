/**
 * Decision openness (决策公开 / 公众参与): draft major administrative decisions published for
 * public comment, the comments and their answers (意见采纳情况), and hearings (听证), as the
 * Interim Regulations on Major Administrative Decision-Making Procedures (《重大行政决策程序暂行条例》,
 * State Council Decree No. 713, 2019) require them.
 *
 * <p>Periods in this context are calendar days ("日"), counted by the shared case clock: the day
 * of publication, announcement or dispatch is day 0, the period ends on day 0 + n.
 */
package org.openhall.participation.domain;
