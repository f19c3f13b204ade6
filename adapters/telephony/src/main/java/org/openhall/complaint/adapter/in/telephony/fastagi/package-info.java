/**
 * The hotline's IVR self-service (语音自助查询) over Asterisk's FastAGI: Asterisk runs the call and
 * plays the prompts, this package decides what to play. A caller keys a case number and the last
 * four characters of the applicant's identity number and hears the case's status and next step —
 * pre-recorded prompts only, never personal data. See docs/hotline.md.
 */
package org.openhall.complaint.adapter.in.telephony.fastagi;
