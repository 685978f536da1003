package cn.hotline12345.testing;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs one of the project's service scripts (src/ops) from a test, the same scripts the start
 * command uses, and reads the KEY=VALUE lines it prints.
 */
public final class OpsScript {

    private OpsScript() {
    }

    public static Map<String, String> run(String script, String... arguments) {
        return runFile("src/ops/" + script, arguments);
    }

    /** A script anywhere in the project, by its path from the project root. */
    public static Map<String, String> runFile(String path, String... arguments) {
        String script = path;
        File root = projectRoot();
        List<String> command = new ArrayList<>();
        command.add("bash");
        command.add(new File(root, path).getPath());
        command.addAll(List.of(arguments));
        try {
            Process process = new ProcessBuilder(command).directory(root)
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            Map<String, String> values = new HashMap<>();
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    int eq = line.indexOf('=');
                    if (eq > 0) {
                        values.put(line.substring(0, eq), line.substring(eq + 1));
                    }
                }
            }
            int exit = process.waitFor();
            if (exit != 0) {
                throw new IllegalStateException(script + " " + String.join(" ", arguments) + " failed with exit " + exit
                        + "; its message is above");
            }
            return values;
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + script, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static File projectRoot() {
        File dir = new File(System.getProperty("user.dir")).getAbsoluteFile();
        while (dir != null && !new File(dir, "src/ops").isDirectory()) {
            dir = dir.getParentFile();
        }
        if (dir == null) {
            throw new IllegalStateException("cannot find the project root (src/ops) above " + System.getProperty("user.dir"));
        }
        return dir;
    }
}
