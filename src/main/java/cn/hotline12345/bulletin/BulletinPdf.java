package cn.hotline12345.bulletin;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import cn.hotline12345.common.HotlineConfig;

/**
 * The bulletin as a printable document: an A4 official-document layout (issuer, number, date, the
 * sections with their tables and charts) from a Qute template, rendered by openhtmltopdf with the
 * Chinese font embedded. The document is issued in Chinese whatever the reader's language.
 */
@ApplicationScoped
public class BulletinPdf {

    @CheckedTemplate(basePath = "BulletinPdf")
    static class Templates {
        static native TemplateInstance document(BulletinContent b, BulletinCharts.Images charts, String issuer);
    }

    @Inject
    DocumentFont font;

    @Inject
    BulletinCharts charts;

    @Inject
    BulletinConfig config;

    @Inject
    HotlineConfig hotline;

    public byte[] render(BulletinContent content) {
        String html = Templates.document(content, charts.of(content), config.issuer())
                .setLocale(Locale.SIMPLIFIED_CHINESE).render();
        try (PDDocument document = new PDDocument(); DocumentFont.Loaded cjk = font.loadInto(document);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.usePDDocument(document);
            builder.useFont(new PDFontSupplier(cjk.font()), DocumentFont.FAMILY);
            builder.withHtmlContent(html, null);
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                renderer.createPDFWithoutClosing();
            }
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(content.title());
            info.setSubject(content.number());
            info.setCreator(config.issuer());
            if (content.issuedOn() != null) {
                // The date of issue, not of rendering: the same revision gives the same document.
                Calendar issued = GregorianCalendar.from(content.issuedOn().atStartOfDay(zone()));
                info.setCreationDate(issued);
                info.setModificationDate(issued);
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("the bulletin's PDF could not be made: " + e.getMessage(), e);
        }
    }

    private ZoneId zone() {
        return hotline.timeZone();
    }

}
