package org.essaykit.testing;

import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** A GitHub Actions workflow file, read by a real YAML parser, for tests of what its jobs do. */
public record Workflow(Map<String, Object> yaml) {

    @SuppressWarnings("unchecked")
    public static Workflow read(Path file) throws IOException {
        return new Workflow((Map<String, Object>) new Load(LoadSettings.builder().build())
                .loadFromString(Files.readString(file)));
    }

    /** A top-level key, such as {@code permissions} or {@code concurrency}. */
    public Object get(String key) {
        return yaml.get(key);
    }

    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> steps(String job) {
        Map<String, Object> jobs = (Map<String, Object>) yaml.get("jobs");
        return (List<Map<String, Object>>) ((Map<String, Object>) jobs.get(job)).get("steps");
    }

    /** The actions a job uses, in order, without their versions: {@code actions/checkout}, ... */
    public List<String> actions(String job) {
        return steps(job).stream().map(step -> (String) step.get("uses")).filter(Objects::nonNull)
                .map(uses -> uses.substring(0, uses.indexOf('@'))).toList();
    }

    /** The {@code with:} inputs of the step using {@code action}. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> inputs(String job, String action) {
        return steps(job).stream().filter(step -> ((String) step.getOrDefault("uses", "")).startsWith(action + "@"))
                .map(step -> (Map<String, Object>) step.getOrDefault("with", Map.of())).findFirst().orElseThrow();
    }

    /** The job's {@code run:} steps, one after the other, as a shell script. */
    public String script(String job) {
        return steps(job).stream().map(step -> (String) step.get("run")).filter(Objects::nonNull)
                .collect(Collectors.joining("\n"));
    }
}
