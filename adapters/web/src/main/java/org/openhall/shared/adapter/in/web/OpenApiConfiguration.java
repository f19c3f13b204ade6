package org.openhall.shared.adapter.in.web;

import java.util.List;

import org.openhall.shared.domain.access.Actor;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/** The API's description at {@code /v3/api-docs}, browsable at {@code /swagger-ui.html}. */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

    /** The name of the bearer-token scheme that operations refer to. */
    public static final String BEARER_AUTH = "bearerAuth";

    /** The name of the problem document's schema. */
    public static final String PROBLEM = "Problem";

    private static final String PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON_VALUE;

    static {
        // The signed-in actor is resolved from the credentials, never sent as a parameter.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Actor.class);
    }

    @Bean
    OpenAPI openHallApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("OpenHall API")
                        .version("v1")
                        .description("""
                                The REST API of a government service centre (政务服务中心): the public \
                                catalog of approval items, and the cases (办件) that windows receive, \
                                notify, accept and complete under working-day time limits.

                                Staff sign in with password and authenticator code at \
                                `POST /api/v1/auth/sign-in` and send the session token they get as \
                                `Authorization: Bearer oh_…`; API clients send a JWT of the county's identity \
                                provider the same way. The catalog needs no sign-in. Every error is an RFC 9457 \
                                `application/problem+json` document \
                                with a stable `code` (e.g. `case.not-in-expected-state`), a `detail` in the \
                                language of `Accept-Language` (zh-CN unless English is asked for) and, \
                                where it helps, further members such as `errors` (the refused fields) \
                                or `traceId` (for a server error)."""))
                .components(new Components().addSecuritySchemes(BEARER_AUTH,
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .description("An OpenHall session token (oh_…) or a JWT of the identity provider")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER_AUTH));
    }

    /**
     * Documents on every operation that its errors are problems, and that its answers are JSON
     * (the controllers do not narrow what they produce, which the generator shows as any type).
     */
    @Bean
    OpenApiCustomizer problemResponses() {
        return api -> {
            // Added here rather than with the components above: the generator drops schemas that
            // no operation refers to before this runs.
            api.getComponents().addSchemas(PROBLEM, problemSchema());
            api.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
                operation.getResponses().values().forEach(response -> {
                    Content content = response.getContent();
                    if (content != null && content.containsKey(MediaType.ALL_VALUE)) {
                        content.addMediaType(MediaType.APPLICATION_JSON_VALUE, content.remove(MediaType.ALL_VALUE));
                    }
                });
                operation.getResponses()
                        .addApiResponse("4XX", problemResponse("The request was refused; see code and detail."))
                        .addApiResponse("5XX", problemResponse("The server failed; the problem carries a traceId."));
            }));
        };
    }

    private static ApiResponse problemResponse(String description) {
        return new ApiResponse().description(description).content(new Content().addMediaType(PROBLEM_JSON,
                new io.swagger.v3.oas.models.media.MediaType()
                        .schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
    }

    private static Schema<?> problemSchema() {
        ObjectSchema fieldError = new ObjectSchema();
        fieldError.addProperty("field", new StringSchema().description("JSON path of the field, e.g. applicant.idNumber"));
        fieldError.addProperty("message", new StringSchema().description("what is wrong, in the caller's language"));
        ObjectSchema problem = new ObjectSchema();
        problem.description("RFC 9457 problem details; members beyond these carry the problem's details, "
                + "e.g. lastDay or department.");
        problem.addProperty("type", new StringSchema().description("absent: about:blank"));
        problem.addProperty("title", new StringSchema().description("the HTTP status phrase, localized"));
        problem.addProperty("status", new IntegerSchema());
        problem.addProperty("detail", new StringSchema().description("what went wrong, in the caller's language"));
        problem.addProperty("instance", new StringSchema().description("the path that was requested"));
        problem.addProperty("code", new StringSchema().description("stable code to key on, e.g. case.not-in-expected-state"));
        problem.addProperty("errors", new ArraySchema().items(fieldError).description("for request.invalid"));
        problem.addProperty("traceId", new StringSchema().description("for internal-error: quote it to support"));
        problem.setRequired(List.of("title", "status", "detail", "code"));
        return problem;
    }
}
