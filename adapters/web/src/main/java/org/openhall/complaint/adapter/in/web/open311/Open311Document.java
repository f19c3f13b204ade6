package org.openhall.complaint.adapter.in.web.open311;

import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import tools.jackson.databind.json.JsonMapper;

/**
 * A GeoReport v2 answer: a list of flat records, written as a JSON array of objects or as XML with a
 * root element holding one element per record ({@code <services><service>…}). Every field of a record
 * is written, an absent value as JSON {@code null} or an empty XML element, so that clients find the
 * specification's full field list.
 */
record Open311Document(String root, String element, List<Map<String, Object>> records) {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

    static Map<String, Object> fields() {
        return new LinkedHashMap<>();
    }

    String render(Open311Format format) {
        return format == Open311Format.JSON ? JSON.writeValueAsString(records) : xml();
    }

    private String xml() {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter w = XML.createXMLStreamWriter(out);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeStartElement(root);
            for (Map<String, Object> record : records) {
                w.writeStartElement(element);
                for (Map.Entry<String, Object> field : record.entrySet()) {
                    w.writeStartElement(field.getKey());
                    if (field.getValue() != null) {
                        w.writeCharacters(String.valueOf(field.getValue()));
                    }
                    w.writeEndElement();
                }
                w.writeEndElement();
            }
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write GeoReport XML", e);
        }
        return out.toString();
    }
}
