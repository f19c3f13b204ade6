package org.openhall.shared.domain;

/**
 * What kind of failure a {@link DomainProblem} is, independent of any transport.
 *
 * <p>The web adapter maps the kinds one to one onto HTTP statuses (400, 403, 404, 409, 422);
 * the domain only says what went wrong, never how it is reported.
 */
public enum ProblemKind {

    /** The request itself is malformed: a value is missing, out of range or badly formatted. */
    BAD_REQUEST,

    /** The actor is known but may not do this (无权办理). */
    FORBIDDEN,

    /** The thing addressed does not exist (or must not be revealed to exist). */
    NOT_FOUND,

    /** The request is well formed but clashes with the current state of what it addresses. */
    CONFLICT,

    /** The request is well formed and fits the state, but a rule of law or policy refuses it. */
    UNPROCESSABLE
}
