package cn.hotline12345.bulletin;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import cn.hotline12345.common.DomainException;
import cn.hotline12345.common.ProblemType;

/**
 * The Chinese font of the bulletin's PDF and charts. A PDF carries its font (the characters used,
 * embedded as a subset), so it prints and reads the same anywhere; the font must have TrueType
 * outlines, which Debian's fonts-wqy-zenhei has.
 */
@ApplicationScoped
public class DocumentFont {

    /** Where Debian puts fonts with TrueType outlines and Chinese characters, in order of preference. */
    static final List<String> CANDIDATES = List.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
            "/usr/share/fonts/truetype/arphic/uming.ttc", "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf");

    /** The family name the PDF template uses. */
    public static final String FAMILY = "HotlineCJK";

    @Inject
    BulletinConfig config;

    private volatile Font awt;

    public File file() {
        List<String> paths = config.fontFile().map(List::of).orElse(CANDIDATES);
        for (String path : paths) {
            File file = new File(path);
            if (file.canRead()) {
                return file;
            }
        }
        throw new DomainException(ProblemType.SERVICE_UNAVAILABLE, "bulletin.font-missing", String.join(", ", paths));
    }

    /** A font that lives until {@link Loaded#close()}: PDFBox reads its glyphs when the document is saved. */
    public Loaded loadInto(PDDocument document) {
        File file = file();
        try {
            if (file.getName().toLowerCase().endsWith(".ttc")) {
                TrueTypeCollection collection = new TrueTypeCollection(file);
                AtomicReference<TrueTypeFont> first = new AtomicReference<>();
                collection.processAllFonts(font -> first.compareAndSet(null, font));
                return new Loaded(PDType0Font.load(document, first.get(), true), collection);
            }
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(file));
            return new Loaded(PDType0Font.load(document, font, true), font);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the font " + file, e);
        }
    }

    public record Loaded(PDType0Font font, AutoCloseable source) implements AutoCloseable {

        @Override
        public void close() throws Exception {
            source.close();
        }
    }

    /** The same font for Java's 2D drawing (the charts). */
    public Font awt(float size) {
        Font base = awt;
        if (base == null) {
            try {
                base = Font.createFonts(file())[0];
            } catch (IOException | FontFormatException e) {
                throw new IllegalStateException("cannot read the font " + file(), e);
            }
            awt = base;
        }
        return base.deriveFont(size);
    }
}
