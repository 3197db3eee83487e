package dev.handbook.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.testing.Fixtures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** The CI recipe builds with --strict and publishes site/ to GitHub Pages, and README explains the same steps. */
class PagesWorkflowTest {
  @Test
  @SuppressWarnings("unchecked")
  void workflowBuildsStrictAndDeploysSiteToPages() {
    String text = Fixtures.read(Fixtures.projectDir().resolve(".github/workflows/handbook.yml"));
    Load yaml = new Load(LoadSettings.builder().build());
    Map<String, Object> workflow = (Map<String, Object>) yaml.loadFromString(text);
    Map<String, Object> jobs = (Map<String, Object>) workflow.get("jobs");
    Map<String, Object> buildJob = (Map<String, Object>) jobs.get("build");
    List<Map<String, Object>> build = (List<Map<String, Object>>) buildJob.get("steps");
    assertTrue(build.stream().anyMatch(s -> String.valueOf(s.get("run")).startsWith("./handbook build --strict")), build::toString);
    Map<String, Object> upload = build.stream()
        .filter(s -> String.valueOf(s.get("uses")).startsWith("actions/upload-pages-artifact@")).findFirst()
        .orElseThrow();
    assertEquals("site", ((Map<String, Object>) upload.get("with")).get("path"));
    Map<String, Object> deploy = (Map<String, Object>) jobs.get("deploy");
    assertEquals("build", deploy.get("needs"));
    assertEquals(Map.of("pages", "write", "id-token", "write"), deploy.get("permissions"));
    List<Map<String, Object>> steps = (List<Map<String, Object>>) deploy.get("steps");
    assertTrue(steps.stream().anyMatch(s -> String.valueOf(s.get("uses")).startsWith("actions/deploy-pages@")));

    String readme = Fixtures.read(Fixtures.projectDir().resolve("README.md"));
    assertTrue(readme.contains("## Publishing with GitHub Pages") && readme.contains("./handbook build --strict")
        && readme.contains(".github/workflows/handbook.yml"));
  }
}
