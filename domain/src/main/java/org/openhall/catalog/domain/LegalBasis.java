package org.openhall.catalog.domain;


import org.jmolecules.ddd.annotation.ValueObject;
import org.openhall.shared.domain.InvalidValue;

/**
 * The legal basis of an item (设立依据): the law or regulation and the article that establish it.
 * One of the eight public elements (八公开) every item must publish.
 */
@ValueObject
public record LegalBasis(String law, String article) {

    public LegalBasis {
        if (law == null || law.isBlank()) {
            throw new InvalidValue("legalBasis.law", "must name the law or regulation");
        }
        article = article == null ? "" : article.strip();
        law = law.strip();
    }

    /** The basis as one would cite it, e.g. 《中华人民共和国行政许可法》第四十二条. */
    public String citation() {
        return article.isEmpty() ? law : law + " " + article;
    }
}
