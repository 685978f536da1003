package cn.hotline12345.testing;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** Points the app's AMI adapter at a {@link ScriptedAmiPeer} instead of the sandbox. */
public class ScriptedAmiResource implements QuarkusTestResourceLifecycleManager {

    private static ScriptedAmiPeer peer;

    public static synchronized ScriptedAmiPeer peer() {
        if (peer == null) {
            peer = new ScriptedAmiPeer();
        }
        return peer;
    }

    @Override
    public Map<String, String> start() {
        return Map.of("hotline.telephony.enabled", "true", "hotline.telephony.ami.host", "127.0.0.1",
                "hotline.telephony.ami.port", Integer.toString(peer().port()),
                "hotline.telephony.ami.secret", "scripted");
    }

    @Override
    public void stop() {
        // the peer lives as long as the test JVM
    }
}
