package cn.hotline12345.sla;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.nio.file.Files;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import cn.hotline12345.identity.Role;
import cn.hotline12345.audit.AuditEvent;
import cn.hotline12345.common.DomainException;
import cn.hotline12345.common.FieldError;
import cn.hotline12345.common.Params;
import cn.hotline12345.common.ProblemType;
import cn.hotline12345.web.FormSubmission;
import cn.hotline12345.web.PageContext;

/** Administrators' pages for the holiday calendar: the years, and one year's list to type, paste or import. */
@Path("/admin/holidays")
@RolesAllowed(Role.Names.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class HolidayPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance years(List<HolidayService.Year> years, List<Integer> missing, int suggested);

        static native TemplateInstance year(int year, HolidayService.Year entered, String text, List<String> errors,
                boolean saved, List<AuditEvent> history);
    }

    @Inject
    HolidayService holidays;

    @Inject
    HolidayCalendar calendar;

    @Inject
    PageContext page;

    @GET
    public TemplateInstance years() {
        List<HolidayService.Year> years = holidays.years();
        List<Integer> missing = calendar.missingYears();
        // Nothing missing means this year is entered: the next one to enter follows the latest.
        int suggested = missing.isEmpty() ? years.get(0).year() + 1 : missing.get(missing.size() - 1);
        return Templates.years(years, missing, suggested);
    }

    /** The new-year form names a year; its page opens (empty until saved). */
    @GET
    @Path("/open")
    public Response open(@RestQuery String year) {
        return Response.seeOther(URI.create("/admin/holidays/" + HolidayResource.yearOf(year))).build();
    }

    @GET
    @Path("/{year}")
    public TemplateInstance year(@RestPath String year, @RestQuery boolean saved) {
        int number = HolidayResource.yearOf(year);
        HolidayService.Year entered = holidays.year(number).orElse(null);
        return yearPage(number, entered == null ? "" : HolidayRules.text(entered.days()), List.of(), saved);
    }

    @POST
    @Path("/{year}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@RestPath String year, @RestForm String days, @RestForm String version) {
        int number = HolidayResource.yearOf(year);
        String text = days == null ? "" : days;
        return FormSubmission.submit(() -> {
            holidays.replace(number, Params.intValue("version", version), new StringReader(text));
            return saved(number);
        }, errors -> yearPage(number, text, errors, false), page.locale());
    }

    @POST
    @Path("/{year}/import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response importFile(@RestPath String year, @RestForm("file") FileUpload file, @RestForm String version)
            throws IOException {
        int number = HolidayResource.yearOf(year);
        HolidayService.Year entered = holidays.year(number).orElse(null);
        String shown = entered == null ? "" : HolidayRules.text(entered.days());
        if (file == null) {
            return FormSubmission.submit(() -> {
                throw new DomainException(ProblemType.VALIDATION, List.of(new FieldError("file", "import.no-file")),
                        "import.no-file");
            }, errors -> yearPage(number, shown, errors, false), page.locale());
        }
        try (InputStream in = Files.newInputStream(file.uploadedFile())) {
            return FormSubmission.submit(() -> {
                holidays.importFile(number, Params.intValue("version", version), in);
                return saved(number);
            }, errors -> yearPage(number, shown, errors, false), page.locale());
        }
    }

    private static URI saved(int year) {
        return URI.create("/admin/holidays/" + year + "?saved=true");
    }

    private TemplateInstance yearPage(int year, String text, List<String> errors, boolean saved) {
        HolidayService.Year entered = holidays.year(year).orElse(null);
        return Templates.year(year, entered, text, errors, saved,
                AuditEvent.forEntity(HolidayService.AUDIT_TYPE, year, 20));
    }
}
