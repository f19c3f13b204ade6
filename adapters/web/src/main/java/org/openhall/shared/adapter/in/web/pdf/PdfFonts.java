package org.openhall.shared.adapter.in.web.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The fonts of every printed document (reply letters, case notices): the CJK font that ships with
 * the application, embedded as a subset so that a document reads the same on every machine and its
 * text can be extracted (and checked), and Helvetica — one of the fonts every PDF reader has — for
 * printable ASCII, which the CJK font does not cover. Text is set run by run in the font its
 * characters need.
 */
public final class PdfFonts {

    /** Droid Sans Fallback (Apache License 2.0), see {@code fonts/README.md}. */
    public static final String CJK_FONT = "/fonts/DroidSansFallbackFull.ttf";

    private final PDFont cjk;
    private final PDFont latin;

    private PdfFonts(PDFont cjk, PDFont latin) {
        this.cjk = cjk;
        this.latin = latin;
    }

    /** Loads the fonts into {@code document}; the CJK font is embedded as a subset of the glyphs used. */
    public static PdfFonts embedIn(PDDocument document) {
        try (InputStream fontFile = PdfFonts.class.getResourceAsStream(CJK_FONT)) {
            if (fontFile == null) {
                throw new IllegalStateException("The CJK font " + CJK_FONT + " is not on the class path");
            }
            return new PdfFonts(PDType0Font.load(document, fontFile, true),
                    new PDType1Font(Standard14Fonts.FontName.HELVETICA));
        } catch (IOException e) {
            throw new UncheckedIOException("The CJK font could not be loaded", e);
        }
    }

    /** Shows {@code line} at the current text position, inside {@code beginText()}/{@code endText()}. */
    public void show(PDPageContentStream text, String line, float size) throws IOException {
        for (String run : runs(line)) {
            text.setFont(fontOf(run), size);
            text.showText(run);
        }
    }

    /** The width of {@code line} in points at {@code size}. */
    public float width(String line, float size) throws IOException {
        float width = 0;
        for (String run : runs(line)) {
            width += fontOf(run).getStringWidth(run) / 1000 * size;
        }
        return width;
    }

    /**
     * Breaks a paragraph into lines no wider than {@code width}, character by character, as CJK text
     * breaks; an empty paragraph is one empty line.
     */
    public List<String> wrap(String paragraph, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int c : paragraph.codePoints().toArray()) {
            String character = new String(Character.toChars(c));
            if (!line.isEmpty() && width(line + character, size) > width) {
                lines.add(line.toString());
                line = new StringBuilder();
            }
            line.append(character);
        }
        lines.add(line.toString());
        return lines;
    }

    private PDFont fontOf(String run) {
        return isAscii(run.charAt(0)) ? latin : cjk;
    }

    private static List<String> runs(String line) {
        List<String> runs = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= line.length(); i++) {
            if (i == line.length() || isAscii(line.charAt(i)) != isAscii(line.charAt(start))) {
                runs.add(line.substring(start, i));
                start = i;
            }
        }
        return runs;
    }

    private static boolean isAscii(char c) {
        return c >= 0x20 && c < 0x7f;
    }
}
