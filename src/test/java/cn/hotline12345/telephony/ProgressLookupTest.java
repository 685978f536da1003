package cn.hotline12345.telephony;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import cn.hotline12345.telephony.CallGenerator.Scenario;
import cn.hotline12345.testing.Api;
import cn.hotline12345.testing.AsteriskResource;
import cn.hotline12345.testing.Calls;
import cn.hotline12345.testing.WorkOrders;

/**
 * Self-service on the real sandbox: a caller presses 3, keys in a work-order number and # and the
 * IVR finds its state through the app's FastAGI server (the dialplan reports what it read back in
 * a UserEvent, which the test reads from AMI).
 */
@QuarkusTest
class ProgressLookupTest {

    @Test
    void aCallerHearsTheStateOfTheirWorkOrder() throws Exception {
        long id = WorkOrders.registerWith("SI01", null, "13900001111", "查询进度用的工单");
        String number = Api.as("agent").when().get("/api/work-orders/" + id).then().statusCode(200).extract()
                .jsonPath().getString("number");
        Map<String, String> sandbox = AsteriskResource.sandbox();
        try (Socket ami = new Socket("127.0.0.1", Integer.parseInt(sandbox.get("HOTLINE_AMI_PORT")))) {
            ami.setSoTimeout(40_000);
            BufferedReader in = new BufferedReader(new InputStreamReader(ami.getInputStream(), StandardCharsets.UTF_8));
            in.readLine();
            ami.getOutputStream().write(("Action: Login\r\nUsername: " + sandbox.get("HOTLINE_AMI_USERNAME") + "\r\nSecret: "
                    + sandbox.get("HOTLINE_AMI_SECRET") + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            try (CallGenerator generator = Calls.generator()) {
                generator.place(Scenario.progressLookup(Calls.newCallerNumber(), number, 20));
            }
            String state = null;
            StringBuilder block = new StringBuilder();
            long until = System.currentTimeMillis() + 40_000;
            String line;
            while (state == null && System.currentTimeMillis() < until && (line = in.readLine()) != null) {
                if (!line.isEmpty()) {
                    block.append(line).append('\n');
                    continue;
                }
                String event = block.toString();
                block.setLength(0);
                if (event.contains("UserEvent: HotlineProgress") && event.contains("Order: " + number)) {
                    state = event.replaceAll("(?s).*State: ([A-Z_]+).*", "$1");
                }
            }
            assertThat(state).as("the IVR's answer for order " + number).isEqualTo("REGISTERED");
        }
    }
}
