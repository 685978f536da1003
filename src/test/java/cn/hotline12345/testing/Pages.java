package cn.hotline12345.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.hotline12345.account.DemoAccounts;

/** Pages as a demo user's browser gets them, after logging in through the form. */
public final class Pages {

    private Pages() {
    }

    public static String get(String username, String path, int status) {
        String session = Api.formLogin(username, DemoAccounts.PASSWORD).getCookie("hotline-session");
        return given().cookie("hotline-session", session).redirects().follow(false).when().get(path).then()
                .statusCode(status).extract().asString();
    }

    public static String get(String username, String path) {
        return get(username, path, 200);
    }

    /** The figure of a workbench panel (section id="panel" … class="figure"). */
    public static long figure(String page, String panel) {
        Matcher m = Pattern.compile("id=\"" + panel + "\">.*?class=\"figure\">(\\d+)<", Pattern.DOTALL).matcher(page);
        assertThat(m.find()).as("panel %s", panel).isTrue();
        return Long.parseLong(m.group(1));
    }
}
