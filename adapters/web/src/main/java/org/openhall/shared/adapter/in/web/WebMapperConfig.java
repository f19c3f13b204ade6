package org.openhall.shared.adapter.in.web;

import org.mapstruct.MapperConfig;
import org.mapstruct.ReportingPolicy;

/**
 * What every web mapper shares: a response field that nothing fills, or a lossy conversion, fails
 * the build — a new field in a view must be placed in the response on purpose, never silently
 * dropped or sent as {@code null}.
 */
@MapperConfig(unmappedTargetPolicy = ReportingPolicy.ERROR, typeConversionPolicy = ReportingPolicy.ERROR)
public interface WebMapperConfig {
}
