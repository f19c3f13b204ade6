package org.openhall.shared.application;

/**
 * What applying a definition (from a county pack or an administrator) did to the stored state:
 * the import report counts these, so an operator sees exactly what a re-import changed.
 */
public enum ChangeOutcome {
    /** It did not exist and was created. */
    ADDED,
    /** It existed and differed; the stored state now matches the definition. */
    CHANGED,
    /** It existed and already matched: nothing was written. */
    UNCHANGED,
    /** It existed and was removed, abolished or withdrawn. */
    REMOVED
}
