/**
 * Identity numbers and personal data of applicants and organisations, validated on entry and
 * masked on display (Personal Information Protection Law Art. 51: de-identification is one
 * of the measures a handler of personal information takes).
 *
 * <p>The records holding personal data print masked from {@code toString()}, so that a log
 * line never carries a full number or name; {@code value()} gives the full one on purpose.
 */
package org.openhall.shared.domain.identity;
