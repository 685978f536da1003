package cn.hotline12345.sla;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.quarkus.security.Authenticated;

import cn.hotline12345.identity.Role;
import cn.hotline12345.common.DomainException;
import cn.hotline12345.common.FieldError;
import cn.hotline12345.common.Params;
import cn.hotline12345.common.ProblemType;

/** The public holidays and make-up working days of each year: everyone reads them, administrators keep them. */
@Path("/api/holidays")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Deadlines")
public class HolidayResource {

    public record DayView(LocalDate date, HolidayKind kind, String name) {
    }

    public record YearView(int year, int version, String updatedBy, Instant updatedAt, long holidays, long workdays,
            List<DayView> days) {

        static YearView of(HolidayService.Year year, boolean withDays) {
            return new YearView(year.year(), year.version(), year.updatedBy(), year.updatedAt(),
                    year.count(HolidayKind.HOLIDAY), year.count(HolidayKind.WORKDAY), withDays
                            ? year.days().stream().map(d -> new DayView(d.date(), d.kind(), d.name())).toList()
                            : List.of());
        }
    }

    /** The years entered, and those an administrator should enter now. */
    public record Years(List<YearView> years, List<Integer> missing) {
    }

    /** A whole year's list; {@code version} as read, absent for a year not entered yet. */
    public record Save(@PositiveOrZero Integer version, @NotNull @Size(max = 366) List<@NotNull DayView> days) {
    }

    @Inject
    HolidayService holidays;

    @Inject
    HolidayCalendar calendar;

    @GET
    @Authenticated
    @Operation(summary = "The years entered (without their days), and the years missing now")
    public Years years() {
        return new Years(holidays.years().stream().map(year -> YearView.of(year, false)).toList(),
                calendar.missingYears());
    }

    @GET
    @Path("/{year}")
    @Authenticated
    @Operation(summary = "One year's public holidays and make-up working days (404 while it is not entered)")
    public YearView year(@RestPath String year) {
        int number = yearOf(year);
        return YearView.of(holidays.year(number).orElseThrow(() -> new DomainException(ProblemType.NOT_FOUND,
                "holiday.not-entered", number)), true);
    }

    @PUT
    @Path("/{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(summary = "Enter or replace a year's list", description = "{version (absent for a new year), days: "
            + "[{date, kind: HOLIDAY|WORKDAY, name}]}. Make-up working days fall on weekends; every date in the year.")
    public YearView save(@RestPath String year, @Valid @NotNull Save request) {
        List<HolidayRules.Entry> days = request.days().stream()
                .map(day -> new HolidayRules.Entry(day.date(), day.kind(), day.name())).toList();
        return YearView.of(holidays.replace(yearOf(year), request.version(), days), true);
    }

    @POST
    @Path("/{year}/import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Role.Names.ADMIN)
    @Operation(summary = "Replace a year's list from a CSV file", description = "Multipart form: file (lines of "
            + "date,kind,name in UTF-8 or GB18030/GBK; a header line is skipped), version (absent for a new year).")
    public YearView importFile(@RestPath String year, @RestForm("file") FileUpload file, @RestForm String version)
            throws IOException {
        if (file == null) {
            throw new DomainException(ProblemType.VALIDATION, List.of(new FieldError("file", "import.no-file")),
                    "import.no-file");
        }
        Integer read = Params.intValue("version", version);
        try (InputStream in = Files.newInputStream(file.uploadedFile())) {
            return YearView.of(holidays.importFile(yearOf(year), read, in), true);
        }
    }

    static int yearOf(String year) {
        Integer number = Params.intValue("year", year);
        if (number == null) {
            throw Params.bad("year", year);
        }
        return number;
    }
}
