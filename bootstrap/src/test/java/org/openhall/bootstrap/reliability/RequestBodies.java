package org.openhall.bootstrap.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Request bodies made from a JSON schema: one that looks like what a client would send, and
 * hostile variants of it — wrong types, missing and extra fields, huge strings, unicode that
 * breaks naive code (right-to-left override, emoji, NUL, a lone surrogate), numbers past the
 * limits of {@code int}, {@code long} and {@code double}.
 */
final class RequestBodies {

    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Right-to-left override, emoji, a NUL, a combining mark and a CJK compatibility character. */
    static final String UNICODE = "\u202Egnp.exe\u202C 😀🇨🇳 \u0000 e\u0301 \uFA10 ‏עברית ";
    static final String HUGE = "长".repeat(20_000) + "x".repeat(20_000);

    private final JsonNode components;

    RequestBodies(JsonNode components) {
        this.components = components;
    }

    /** An instance a well-meaning client could send: every property filled with a value of its type. */
    JsonNode plausible(JsonNode schema) {
        return build(schema, 0, this::plausibleLeaf);
    }

    /** The named hostile variants of a body of {@code schema}. */
    List<Variant> hostile(JsonNode schema) {
        List<Variant> variants = new ArrayList<>();
        variants.add(new Variant("empty object", "{}"));
        variants.add(new Variant("wrong types", build(schema, 0, RequestBodies::wrongTypeLeaf).toString()));
        variants.add(new Variant("huge strings", build(schema, 0, s -> leafOr(s, NODES.stringNode(HUGE))).toString()));
        variants.add(new Variant("unicode", build(schema, 0, s -> leafOr(s, NODES.stringNode(UNICODE))).toString()));
        variants.add(new Variant("lone surrogate",
                build(schema, 0, s -> leafOr(s, NODES.stringNode("LONE"))).toString().replace("LONE", "\\ud800")));
        variants.add(new Variant("numbers past the limits", build(schema, 0, RequestBodies::limitLeaf).toString()));
        JsonNode withExtras = plausible(schema);
        if (withExtras instanceof ObjectNode object) {
            String first = object.properties().isEmpty() ? "x" : object.properties().iterator().next().getKey();
            object.putNull(first);
            object.putObject("unexpected").put("__proto__", "x").put("class", "java.lang.Runtime");
        }
        variants.add(new Variant("extra and null fields", withExtras.toString()));
        variants.add(new Variant("array instead of object", "[" + plausible(schema) + "]"));
        String text = plausible(schema).toString();
        variants.add(new Variant("malformed JSON", text.substring(0, Math.max(1, text.length() / 2)) + "\u0000,"));
        return variants;
    }

    /** A body under a name that says how it is hostile. */
    record Variant(String name, String json) {
    }

    private JsonNode build(JsonNode schema, int depth, Function<JsonNode, JsonNode> leaf) {
        JsonNode s = ApiOperations.resolve(schema, components);
        if (s.has("allOf") || s.has("oneOf") || s.has("anyOf")) {
            JsonNode first = s.has("allOf") ? s.path("allOf").get(0)
                    : s.has("oneOf") ? s.path("oneOf").get(0) : s.path("anyOf").get(0);
            return build(first, depth, leaf);
        }
        String type = typeOf(s);
        if (depth > 5) {
            return NODES.nullNode();
        }
        switch (type) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                for (var property : s.path("properties").properties()) {
                    object.set(property.getKey(), build(property.getValue(), depth + 1, leaf));
                }
                JsonNode additional = s.path("additionalProperties");
                if (additional.isObject()) {
                    object.set("K1", build(additional, depth + 1, leaf));
                }
                return object;
            }
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                array.add(build(s.path("items"), depth + 1, leaf));
                return array;
            }
            default -> {
                return leaf.apply(s);
            }
        }
    }

    private static String typeOf(JsonNode s) {
        JsonNode type = s.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!"null".equals(t.asString())) {
                    return t.asString();
                }
            }
        }
        if (type.isString()) {
            return type.asString();
        }
        return s.has("properties") ? "object" : s.has("items") ? "array" : "string";
    }

    private JsonNode plausibleLeaf(JsonNode s) {
        if (s.path("enum").isArray() && !s.path("enum").isEmpty()) {
            return s.path("enum").get(0);
        }
        return switch (typeOf(s)) {
            case "integer" -> NODES.numberNode(1);
            case "number" -> NODES.numberNode(1.5);
            case "boolean" -> NODES.booleanNode(true);
            default -> switch (s.path("format").asString("")) {
                case "date" -> NODES.stringNode("2026-03-10");
                case "date-time" -> NODES.stringNode("2026-03-10T09:00:00+08:00");
                case "uuid" -> NODES.stringNode("00000000-0000-0000-0000-000000000001");
                case "duration" -> NODES.stringNode("PT1H");
                default -> NODES.stringNode("测试值");
            };
        };
    }

    /** For a string leaf, {@code replacement}; other leaves as a plausible client would send them. */
    private JsonNode leafOr(JsonNode s, JsonNode replacement) {
        return "string".equals(typeOf(s)) ? replacement : plausibleLeaf(s);
    }

    private static JsonNode wrongTypeLeaf(JsonNode s) {
        return switch (typeOf(s)) {
            case "integer", "number" -> NODES.stringNode("twelve");
            case "boolean" -> NODES.stringNode("maybe");
            default -> NODES.objectNode().put("nested", 1);
        };
    }

    private static JsonNode limitLeaf(JsonNode s) {
        return switch (typeOf(s)) {
            case "integer" -> NODES.numberNode(new java.math.BigInteger("9223372036854775808"));
            case "number" -> NODES.numberNode(new java.math.BigDecimal("1e400"));
            case "boolean" -> NODES.numberNode(-1);
            default -> switch (s.path("format").asString("")) {
                case "date" -> NODES.stringNode("+999999999-12-31");
                case "date-time" -> NODES.stringNode("-999999999-01-01T00:00:00Z");
                default -> NODES.stringNode("-2147483649");
            };
        };
    }
}
