/**
 * The tamper-evident audit trail (实时留痕): every state change, refusal, reveal of personal data
 * and administrative action is one record of a hash chain (哈希链), so that a record rewritten or
 * removed after the fact shows.
 */
package org.openhall.audit.domain;
