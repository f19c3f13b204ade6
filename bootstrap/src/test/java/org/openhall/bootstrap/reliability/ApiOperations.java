package org.openhall.bootstrap.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * The write operations (POST, PUT, PATCH, DELETE) an OpenAPI document describes, with their
 * parameters and body schema, {@code $ref}s resolved against the document's components.
 */
final class ApiOperations {

    private static final Set<String> WRITES = Set.of("post", "put", "patch", "delete");

    private ApiOperations() {
    }

    /** One operation: {@code POST /api/v1/cases/{id}/acceptance}. */
    record Operation(String method, String path, List<Parameter> pathParameters, List<Parameter> queryParameters,
            JsonNode bodySchema, String bodyMediaType) {

        String name() {
            return method + " " + path;
        }
    }

    /** A path or query parameter. */
    record Parameter(String name, boolean required, JsonNode schema) {
    }

    static List<Operation> writesOf(JsonNode document) {
        List<Operation> operations = new ArrayList<>();
        JsonNode components = document.path("components").path("schemas");
        for (var path : document.path("paths").properties()) {
            for (var entry : path.getValue().properties()) {
                if (!WRITES.contains(entry.getKey())) {
                    continue;
                }
                JsonNode op = entry.getValue();
                List<Parameter> inPath = new ArrayList<>();
                List<Parameter> inQuery = new ArrayList<>();
                List<JsonNode> parameters = new ArrayList<>();
                path.getValue().path("parameters").forEach(parameters::add);
                op.path("parameters").forEach(parameters::add);
                for (JsonNode p : parameters) {
                    Parameter parameter = new Parameter(p.path("name").asString(), p.path("required").asBoolean(false),
                            resolve(p.path("schema"), components));
                    switch (p.path("in").asString()) {
                        case "path" -> inPath.add(parameter);
                        case "query" -> inQuery.add(parameter);
                        default -> {
                            // Headers and cookies: the fuzzer leaves them to the HTTP client.
                        }
                    }
                }
                JsonNode body = null;
                String mediaType = null;
                JsonNode content = op.path("requestBody").path("content");
                if (content.isObject() && !content.isEmpty()) {
                    mediaType = content.has("application/json") ? "application/json"
                            : content.properties().iterator().next().getKey();
                    body = resolve(content.path(mediaType).path("schema"), components);
                }
                operations.add(new Operation(entry.getKey().toUpperCase(Locale.ROOT), path.getKey(), inPath, inQuery,
                        body, mediaType));
            }
        }
        return operations;
    }

    /** The schema behind a {@code $ref} (one level; nested ones are resolved as they are reached). */
    static JsonNode resolve(JsonNode schema, JsonNode components) {
        JsonNode s = schema;
        for (int depth = 0; depth < 8 && s.has("$ref"); depth++) {
            String ref = s.path("$ref").asString();
            s = components.path(ref.substring(ref.lastIndexOf('/') + 1));
        }
        return s;
    }
}
