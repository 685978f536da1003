package cn.hotline12345.bulletin;

import static cn.hotline12345.testing.WorkOrders.HANDLER2_UNIT;
import static cn.hotline12345.testing.WorkOrders.HANDLER_UNIT;
import static cn.hotline12345.testing.WorkOrders.step;
import static cn.hotline12345.testing.WorkOrders.unitId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import cn.hotline12345.testing.Api;
import cn.hotline12345.testing.Db;
import cn.hotline12345.testing.TestClock;
import cn.hotline12345.testing.WorkOrders;
import cn.hotline12345.testing.Problems;
import cn.hotline12345.common.ProblemType;

/**
 * The bulletin of October 2025 (a month no other test touches), made from orders moved through
 * the real rules: drafted, written, given a masked typical case and published; the published
 * revision, its PDF (read back by poppler's pdftotext) and its workbook (read back by Apache POI)
 * do not change when an order of the month does; a correction is a second revision.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BulletinTest {

    private static final String MONTH = "2025-10";
    private static long bulletinId;
    private static long caseOrder;
    private static long openOrder;

    @AfterEach
    void unpin() {
        TestClock.unpin();
    }

    /** Three orders for the handler's unit (two answered on time, one still open) and one called back. */
    private static void makeTheMonth() {
        long u1 = unitId(HANDLER_UNIT);
        Map<String, Object> body = new HashMap<>();
        body.put("channel", "PHONE");
        body.put("type", "COMPLAINT");
        body.put("categoryId", WorkOrders.categoryId("EN01"));
        body.put("callerNumber", "13912345678");
        body.put("callerName", "王小明");
        body.put("districtUnitId", unitId("440605-G000"));
        body.put("citizenText", "王小明反映夜间施工噪音，联系电话13912345678，身份证440602199001011234。");
        body.put("summary", "王小明反映工地夜间施工噪音扰民");
        TestClock.pinShanghai("2025-10-08T09:00");
        caseOrder = Api.as("agent").body(body).when().post("/api/work-orders").then().statusCode(201).extract()
                .jsonPath().getLong("id");
        step("agent", caseOrder, "dispatch", Map.of("leadUnitId", u1), 200);
        TestClock.pinShanghai("2025-10-08T09:30");
        step("handler", caseOrder, "sign", Map.of(), 200);
        TestClock.pinShanghai("2025-10-08T16:00");
        step("handler", caseOrder, "reply", Map.of("text", "已责令施工单位夜间停工，王小明先生表示认可。",
                "outcome", "RESOLVED"), 200);
        TestClock.pinShanghai("2025-10-09T09:00");
        step("supervisor", caseOrder, "accept", Map.of(), 200);
        TestClock.pinShanghai("2025-10-09T10:00");
        step("agent", caseOrder, "callback", Map.of("satisfaction", "SATISFIED"), 200);

        TestClock.pinShanghai("2025-10-10T09:00");
        long second = WorkOrders.register("通报核对二").getLong("id");
        step("agent", second, "dispatch", Map.of("leadUnitId", u1), 200);
        TestClock.pinShanghai("2025-10-10T09:20");
        step("handler", second, "sign", Map.of(), 200);
        TestClock.pinShanghai("2025-10-10T15:00");
        step("handler", second, "reply", Map.of("text", "已处理", "outcome", "RESOLVED"), 200);
        TestClock.pinShanghai("2025-10-11T09:00");
        step("supervisor", second, "accept", Map.of(), 200);
        openOrder = second; // reviewed, not yet called back: the change made after publishing

        TestClock.pinShanghai("2025-10-12T09:00");
        long third = WorkOrders.register("通报核对三").getLong("id");
        step("agent", third, "dispatch", Map.of("leadUnitId", unitId(HANDLER2_UNIT)), 200);
        TestClock.unpin();
    }

    @Test
    @Order(1)
    void aManagerDraftsWritesPicksAMaskedCaseAndPublishes() {
        makeTheMonth();
        Api.as("supervisor").body(Map.of("month", MONTH)).when().post("/api/bulletins").then().spec(Problems.refused(ProblemType.FORBIDDEN));
        Api.as("manager").body(Map.of("month", "2099-01")).when().post("/api/bulletins").then().statusCode(422)
                .body("errors[0].field", equalTo("month"));
        Api.as("manager").body(Map.of("month", "2025-1")).when().post("/api/bulletins").then().statusCode(400)
                .body("errors[0].field", equalTo("month"));
        JsonPath made = Api.as("manager").body(Map.of("month", MONTH)).when().post("/api/bulletins").then()
                .statusCode(201).extract().jsonPath();
        bulletinId = made.getLong("id");
        assertThat(made.getString("number")).isEqualTo("佛12345通〔2025〕10号");
        Api.as("manager").body(Map.of("month", MONTH)).when().post("/api/bulletins").then().spec(Problems.refused(ProblemType.CONFLICT));

        // A draft is the managers' own.
        Api.as("supervisor").when().get("/api/bulletins/" + bulletinId).then().spec(Problems.refused(ProblemType.NOT_FOUND));
        Api.as("handler").when().get("/api/bulletins/" + bulletinId).then().spec(Problems.refused(ProblemType.NOT_FOUND));
        assertThat(Api.as("handler").when().get("/api/bulletins").then().statusCode(200).extract().jsonPath()
                .getList("id", Long.class)).doesNotContain(bulletinId);

        JsonPath draft = view("manager");
        assertThat(draft.getBoolean("workingCopy")).isTrue();
        assertThat(draft.getLong("content.figures.orders.current.registered")).isEqualTo(3);
        assertThat(draft.getLong("content.figures.cityUnits.dispatched")).isEqualTo(3);
        assertThat(draft.getLong("content.figures.cityUnits.satisfied")).isEqualTo(1);

        int version = draft.getInt("summary.version");
        Api.as("manager").body(Map.of("hotIssues", "本月夜间施工噪音投诉集中。\n建议住建部门加强夜间施工审批。",
                "goodPractice", "人社局当日答复。", "problems", "个别单位签收不及时。", "foreword", "现将十月热线运行情况通报如下。",
                "version", version)).when().put("/api/bulletins/" + bulletinId + "/narrative").then().statusCode(200);
        Api.as("manager").body(Map.of("hotIssues", "旧版本", "version", version))
                .when().put("/api/bulletins/" + bulletinId + "/narrative").then().statusCode(409)
                .body("type", equalTo("urn:hotline12345:problem:stale-version"));

        long otherMonth = WorkOrders.register("不是十月的工单").getLong("id");
        Api.as("manager").body(Map.of("workOrderId", otherMonth, "version", version(), "note", "x"))
                .when().post("/api/bulletins/" + bulletinId + "/cases").then().statusCode(422)
                .body("errors[0].field", equalTo("workOrderId"));
        Api.as("manager").body(Map.of("workOrderId", caseOrder, "version", version(), "note", "当日办结，群众满意"))
                .when().post("/api/bulletins/" + bulletinId + "/cases").then().statusCode(200);
        String cases = view("manager").getString("content.cases").toString();
        assertThat(cases).contains("王某", "139****5678", "440602********1234").doesNotContain("王小明", "13912345678",
                "199001011234");

        Api.as("supervisor").body(Map.of("version", version())).when().post("/api/bulletins/" + bulletinId + "/publish")
                .then().spec(Problems.refused(ProblemType.FORBIDDEN));
        JsonPath published = Api.as("manager").body(Map.of("version", version()))
                .when().post("/api/bulletins/" + bulletinId + "/publish").then().statusCode(200).extract().jsonPath();
        assertThat(published.getInt("publishedRevision")).isEqualTo(1);
        assertThat(Db.count("select count(*) from audit_event where action = 'bulletin.published' and entity_id = '"
                + bulletinId + "'")).isEqualTo(1);
    }

    @Test
    @Order(2)
    void everyoneSeesThePublishedBulletinAUnitOnlyItsOwnLine() {
        JsonPath forSupervisor = view("supervisor");
        assertThat(forSupervisor.getBoolean("workingCopy")).isFalse();
        assertThat(forSupervisor.getList("content.figures.units.groups[0].rows.unitCode")).contains(HANDLER_UNIT);
        JsonPath forHandler2 = view("handler2");
        List<List<String>> rows = forHandler2.getList("content.figures.units.groups.rows.unitCode");
        assertThat(rows.stream().flatMap(List::stream).toList()).containsOnly(HANDLER2_UNIT);
        assertThat(Api.as("handler2").when().get("/api/bulletins").then().statusCode(200).extract().jsonPath()
                .getList("id", Long.class)).contains(bulletinId);
        Api.as("agent").when().get("/api/bulletins/" + bulletinId).then().spec(Problems.refused(ProblemType.FORBIDDEN));
    }

    @Test
    @Order(3)
    void thePdfAndTheWorkbookHoldTheHeadingsAndTheFiguresOfTheApi() throws Exception {
        String text = pdfText(1);
        assertThat(text).contains("佛山市12345政务服务热线2025年10月运行情况通报", "佛12345通〔2025〕10号", "一、基本情况",
                "四、成员单位办理情况", "五、热点、难点问题", "八、典型案例", "本月夜间施工噪音投诉集中", "139****5678");
        assertThat(text).doesNotContain("13912345678");
        assertThat(fontsOf(1)).contains("yes"); // the Chinese font is embedded
        JsonPath units = Api.as("manager").queryParam("from", "2025-10-01").queryParam("to", "2025-10-31").when()
                .get("/api/statistics/units").then().statusCode(200).extract().jsonPath();
        Map<String, Object> row = units.getList("rows", Map.class).stream()
                .filter(r -> HANDLER_UNIT.equals(((Map<?, ?>) r).get("unitCode"))).findFirst().orElseThrow();
        try (XSSFWorkbook book = workbook(1)) {
            Sheet sheet = book.getSheet("成员单位");
            Row line = find(sheet, HANDLER_UNIT);
            assertThat(line.getCell(4).getNumericCellValue()).isEqualTo(((Number) row.get("dispatched")).doubleValue());
            assertThat(line.getCell(6).getNumericCellValue()).isEqualTo(((Number) row.get("replied")).doubleValue());
            assertThat(line.getCell(8).getNumericCellValue())
                    .isEqualTo(((Number) row.get("repliedOnTimeRate")).doubleValue(), org.assertj.core.data.Offset.offset(1e-6));
            JsonPath scorecard = Api.as("manager").queryParam("month", MONTH).when()
                    .get("/api/assessment/units/" + unitId(HANDLER_UNIT) + "/scorecard").then().extract().jsonPath();
            assertThat(line.getCell(16).getNumericCellValue()).isEqualTo(scorecard.getDouble("score.total"),
                    org.assertj.core.data.Offset.offset(1e-6));
        }
        String csv = Api.as("manager").accept("text/csv").when().get("/api/bulletins/" + bulletinId + "/revisions/1/units.csv").then()
                .statusCode(200).extract().asString();
        assertThat(csv).contains(HANDLER_UNIT, "单位名称");
    }

    @Test
    @Order(4)
    void aLaterChangeLeavesThePublishedBulletinAsItWasAndACorrectionIsASecondRevision() throws Exception {
        String before = Api.as("manager").when().get("/api/bulletins/" + bulletinId + "/revisions/1").then()
                .statusCode(200).extract().asString();
        String pdfBefore = pdfText(1);
        double satisfiedBefore = cell(1, "概况", "满意率", 1);

        // An October order is called back (dissatisfied) after the bulletin was published.
        TestClock.pinShanghai("2025-10-20T10:00");
        step("agent", openOrder, "callback", Map.of("satisfaction", "DISSATISFIED"), 200);
        TestClock.unpin();

        assertThat(Api.as("manager").when().get("/api/bulletins/" + bulletinId + "/revisions/1").then().extract()
                .asString()).isEqualTo(before);
        assertThat(pdfText(1)).isEqualTo(pdfBefore);
        assertThat(cell(1, "概况", "满意率", 1)).isEqualTo(satisfiedBefore);

        Api.as("manager").body(Map.of("version", version())).when().post("/api/bulletins/" + bulletinId + "/refresh")
                .then().statusCode(200);
        Api.as("manager").body(Map.of("version", version())).when().post("/api/bulletins/" + bulletinId + "/publish")
                .then().statusCode(422).body("errors[0].field", equalTo("note"));
        // two managers publishing the same version: one revision, one refusal
        int version = version();
        List<Integer> answers = concurrently(2, () -> Api.as("manager").body(Map.of("version", version,
                "note", "补充十月二十日回访结果")).when().post("/api/bulletins/" + bulletinId + "/publish").statusCode());
        assertThat(answers).containsExactlyInAnyOrder(200, 409);

        JsonPath second = Api.as("supervisor").when().get("/api/bulletins/" + bulletinId + "/revisions/2").then()
                .statusCode(200).extract().jsonPath();
        assertThat(second.getLong("figures.cityUnits.dissatisfied")).isEqualTo(1);
        assertThat(second.getString("revisionNote")).isEqualTo("补充十月二十日回访结果");
        assertThat(Api.as("supervisor").when().get("/api/bulletins/" + bulletinId + "/revisions/1").then().extract()
                .jsonPath().getLong("figures.cityUnits.dissatisfied")).isZero();
        assertThat(view("supervisor").getList("revisions.revision", Integer.class)).containsExactly(1, 2);
        assertThat(pdfText(2)).contains("修订说明：补充十月二十日回访结果");
        assertThat(cell(2, "概况", "满意率", 1)).isLessThan(satisfiedBefore);
    }

    @Test
    @Order(5)
    void theSchemeAMonthWasPublishedWithStaysWithIt() {
        JsonPath published = Api.as("manager").when().get("/api/bulletins/" + bulletinId + "/revisions/1").then()
                .statusCode(200).extract().jsonPath();
        int version = published.getInt("figures.units.schemeVersion");
        JsonPath current = Api.as("admin").when().get("/api/assessment/scheme").then().extract().jsonPath();
        Map<String, Object> scheme = new HashMap<>();
        scheme.put("name", "通报之后修订的方案");
        scheme.put("minOrders", 1);
        scheme.put("listSize", 2);
        scheme.put("indicators", current.getList("definition.indicators"));
        scheme.put("baseVersion", current.getInt("version"));
        int saved = Api.as("admin").body(scheme).when().post("/api/assessment/schemes").then().statusCode(201).extract()
                .jsonPath().getInt("version");
        assertThat(saved).isGreaterThan(version);
        JsonPath again = Api.as("manager").when().get("/api/bulletins/" + bulletinId + "/revisions/1").then().extract()
                .jsonPath();
        assertThat(again.getInt("figures.units.schemeVersion")).isEqualTo(version);
        assertThat(again.getString("figures.units.scheme.name")).isEqualTo(published.getString("figures.units.scheme.name"))
                .isNotEqualTo("通报之后修订的方案");
        assertThat(again.getInt("figures.units.scheme.minOrders")).isEqualTo(published.getInt("figures.units.scheme.minOrders"));
    }

    // --- helpers --------------------------------------------------------------------------------

    private static JsonPath view(String user) {
        return Api.as(user).when().get("/api/bulletins/" + bulletinId).then().statusCode(200).extract().jsonPath();
    }

    private static int version() {
        return view("manager").getInt("summary.version");
    }

    private static byte[] download(int revision, String file) {
        return Api.as("manager").accept("*/*").when().get("/api/bulletins/" + bulletinId + "/revisions/" + revision + "/" + file)
                .then().statusCode(200).extract().asByteArray();
    }

    /** The PDF's text as poppler's pdftotext reads it. */
    static String pdfText(int revision) throws IOException, InterruptedException {
        return run("pdftotext", download(revision, "bulletin.pdf"), "-layout");
    }

    private static String fontsOf(int revision) throws IOException, InterruptedException {
        return run("pdffonts", download(revision, "bulletin.pdf"));
    }

    private static String run(String tool, byte[] pdf, String... options) throws IOException, InterruptedException {
        Path file = Files.createTempFile("bulletin", ".pdf");
        try {
            Files.write(file, pdf);
            List<String> command = new ArrayList<>(List.of(tool));
            command.addAll(List.of(options));
            command.add(file.toString());
            if (tool.equals("pdftotext")) {
                command.add("-");
            }
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(process.waitFor()).as(tool + " " + out).isZero();
            return out;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static XSSFWorkbook workbook(int revision) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(download(revision, "bulletin.xlsx")));
    }

    private static double cell(int revision, String sheetName, String label, int column) throws IOException {
        try (XSSFWorkbook book = workbook(revision)) {
            return find(book.getSheet(sheetName), label).getCell(column).getNumericCellValue();
        }
    }

    private static Row find(Sheet sheet, String text) {
        for (Row row : sheet) {
            for (var cell : row) {
                if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                        && cell.getStringCellValue().equals(text)) {
                    return row;
                }
            }
        }
        throw new AssertionError(text + " not in sheet " + sheet.getSheetName());
    }

    private static <T> List<T> concurrently(int n, Callable<T> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                futures.add(pool.submit(work));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
