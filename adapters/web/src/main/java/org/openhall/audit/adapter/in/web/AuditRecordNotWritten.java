package org.openhall.audit.adapter.in.web;

/**
 * The audit record of a request could not be stored with its change (留痕失败), so the change is
 * rolled back: nothing the trail does not show may commit. Deliberately not a data-access
 * exception, so that no code translating a duplicate key or a lost update into a 409 mistakes it
 * for one; it answers as an unexpected failure (500).
 */
class AuditRecordNotWritten extends RuntimeException {

    AuditRecordNotWritten(Throwable cause) {
        super("The audit record could not be written; the change was rolled back", cause);
    }
}
