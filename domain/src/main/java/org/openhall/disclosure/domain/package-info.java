/**
 * Open government information (政府信息公开), under the Regulations on Open Government
 * Information (《中华人民共和国政府信息公开条例》, 2019 revision): proactive disclosure through the
 * catalog (主动公开), requests for information (依申请公开), processing fees
 * (国办函〔2020〕109号) and the annual report.
 */
package org.openhall.disclosure.domain;
