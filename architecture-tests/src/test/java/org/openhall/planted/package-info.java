/**
 * Planted violations: deliberately wrong code that proves each architecture rule can fail.
 *
 * <p>The scheme: {@code org.openhall.planted.<context>.<layer>…} mirrors the real
 * {@code org.openhall.<context>.<layer>…} ({@code catalog.domain}, {@code catalog.application.service},
 * {@code catalog.adapter.in.web}, {@code catalog.adapter.out.persistence}, {@code bootstrap}…), so the rules'
 * package patterns ({@code org.openhall..domain..} and so on) match them exactly as they match production code.
 * {@code org.openhall.planted.modulith} is a separate little application with its own contexts for the Spring
 * Modulith check. None of this is production code: it lives in test sources only, and the production checks
 * exclude it.
 */
package org.openhall.planted;
