package org.openhall.servicecase.adapter.out.persistence;

/** One line of a stored one-time notice: a missing material, or a defective one with its defect. */
record NoticeItemRow(String materialCode, String materialName, String defect) {
}
