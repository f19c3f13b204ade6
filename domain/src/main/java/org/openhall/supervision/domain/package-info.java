/**
 * Electronic efficiency supervision (电子监察): a read model of the cases under supervision, the
 * rules that raise warnings and cards (预警、黄牌、红牌) on them, supervisory orders (督办) and the
 * departments' replies (回告), accountability records (责任追究), and the figures and quarterly
 * grades (绩效考核) that follow from them. Every threshold is a county-pack parameter: the
 * municipal rules this follows leave them to each service centre.
 */
package org.openhall.supervision.domain;
