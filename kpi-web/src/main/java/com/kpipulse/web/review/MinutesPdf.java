package com.kpipulse.web.review;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.enterprise.context.ApplicationScoped;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A review's minutes in PDF: the Markdown export typeset, block by block, so the PDF says exactly what the Markdown
 * says — the frozen minutes are kept as Markdown (ADR 16), and one walk over the review ({@link MinutesMarkdown})
 * writes both. Headings by level, list items with their nesting, bold and struck-through words, the draft's notice;
 * in DejaVu Sans, embedded, so Cyrillic and the rouble sign read on any machine (Liberation Sans, which OpenPDF's font
 * artifact carries, has no ₽).
 */
// OpenPDF 2.x marks its com.lowagie packages deprecated ahead of 3.x's org.openpdf ones; 3.x brings native
// compression libraries along that the minutes have no use for.
@SuppressWarnings("deprecation")
@ApplicationScoped
public class MinutesPdf {

    private static final BaseFont REGULAR = font("fonts/DejaVuSans.ttf");
    private static final BaseFont BOLD = font("fonts/DejaVuSans-Bold.ttf");
    private static final Color GREY = new Color(0x55, 0x55, 0x55);
    private static final Pattern HEADING = Pattern.compile("^(#{1,3}) (.*)$");
    private static final Pattern ITEM = Pattern.compile("^( *)- (.*)$");
    private static final Pattern INLINE = Pattern.compile("\\*\\*(.+?)\\*\\*|~~(.+?)~~");
    private static final float BODY = 10.5f;

    /** One block of the minutes: a heading (level 1 to 3), a list item (depth 0, 1), a quote or a paragraph. */
    sealed interface Block {
        record Heading(int level, String text) implements Block {
        }

        record Item(int depth, String text) implements Block {
        }

        record Quote(String text) implements Block {
        }

        record Text(String text) implements Block {
        }
    }

    /** The Markdown the minutes export answers, as a PDF titled {@code title}. */
    public byte[] of(String markdown, String title) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(title);
            document.addCreator("KPI Pulse");
            document.open();
            for (Block block : blocks(markdown)) {
                document.add(paragraph(block));
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The minutes could not be typeset", e);
        }
        return out.toByteArray();
    }

    /** The blocks of the Markdown {@link MinutesMarkdown} writes; a line indented past its item continues it. */
    static List<Block> blocks(String markdown) {
        List<Block> blocks = new ArrayList<>();
        for (String line : markdown.replace("\r\n", "\n").split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            Matcher heading = HEADING.matcher(line);
            Matcher item = ITEM.matcher(line);
            Block last = blocks.isEmpty() ? null : blocks.getLast();
            if (heading.matches()) {
                blocks.add(new Block.Heading(heading.group(1).length(), heading.group(2)));
            } else if (item.matches()) {
                blocks.add(new Block.Item(Math.min(item.group(1).length() / 2, 1), item.group(2)));
            } else if (line.startsWith("> ")) {
                blocks.add(new Block.Quote(line.substring(2)));
            } else if (line.startsWith("    ") && last instanceof Block.Item previous) {
                blocks.set(blocks.size() - 1, new Block.Item(previous.depth(), previous.text() + "\n" + line.strip()));
            } else if (last instanceof Block.Text previous && previous.text().endsWith("  ")) {
                blocks.set(blocks.size() - 1, new Block.Text(previous.text().stripTrailing() + "\n" + line));
            } else {
                blocks.add(new Block.Text(line));
            }
        }
        return blocks;
    }

    private static Paragraph paragraph(Block block) {
        return switch (block) {
            case Block.Heading heading -> {
                float size = switch (heading.level()) {
                    case 1 -> 17f;
                    case 2 -> 13.5f;
                    default -> 11.5f;
                };
                Paragraph paragraph = inline(heading.text(), new Font(BOLD, size), true);
                paragraph.setSpacingBefore(heading.level() == 1 ? 0 : heading.level() == 2 ? 14 : 8);
                paragraph.setSpacingAfter(4);
                yield paragraph;
            }
            case Block.Item item -> {
                Paragraph paragraph = new Paragraph();
                paragraph.add(new Chunk(item.depth() == 0 ? "•  " : "–  ", new Font(REGULAR, BODY)));
                paragraph.add(inline(item.text(), new Font(REGULAR, BODY), false));
                paragraph.setIndentationLeft(12 + 14 * item.depth());
                paragraph.setFirstLineIndent(-10);
                paragraph.setSpacingAfter(2);
                yield paragraph;
            }
            case Block.Quote quote -> {
                Paragraph paragraph = inline(quote.text(), new Font(REGULAR, BODY, Font.ITALIC, GREY), false);
                paragraph.setIndentationLeft(12);
                paragraph.setSpacingAfter(6);
                yield paragraph;
            }
            case Block.Text text -> {
                Paragraph paragraph = inline(text.text(), new Font(REGULAR, BODY), false);
                paragraph.setSpacingAfter(6);
                yield paragraph;
            }
        };
    }

    /** The text with its **bold** and ~~struck~~ runs; a heading is bold throughout. */
    private static Paragraph inline(String text, Font font, boolean bold) {
        Paragraph paragraph = new Paragraph();
        paragraph.setLeading(font.getSize() * 1.35f);
        Matcher runs = INLINE.matcher(text);
        int at = 0;
        while (runs.find()) {
            paragraph.add(new Chunk(text.substring(at, runs.start()), font));
            paragraph.add(runs.group(1) != null
                    ? new Chunk(runs.group(1), new Font(BOLD, font.getSize(), Font.NORMAL, font.getColor()))
                    : new Chunk(runs.group(2), new Font(bold ? BOLD : REGULAR, font.getSize(), Font.STRIKETHRU,
                    GREY)));
            at = runs.end();
        }
        paragraph.add(new Chunk(text.substring(at), font));
        return paragraph;
    }

    private static BaseFont font(String resource) {
        try (InputStream in = MinutesPdf.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No font " + resource + " on the class path");
            }
            return BaseFont.createFont(resource.substring(resource.lastIndexOf('/') + 1), BaseFont.IDENTITY_H,
                    BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException("The font " + resource + " cannot be read", e);
        }
    }
}
